-- Each distinct received credential is kept once, by the SHA-256 of its content. The same
-- credential is presented many times (a USMCA blanket certification of origin covers the
-- shipments of up to 12 months; a carrier's credentials travel with every crossing), and each
-- verification stored a full copy. A receipt row keeps who sent it and when; its content is the
-- credential_content row it names. The log events are unchanged (they carry the digest, never
-- the content).

CREATE TABLE credential_content (
  sha256       TEXT        PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content      TEXT        NOT NULL,
  first_seen   TIMESTAMPTZ NOT NULL
);

INSERT INTO credential_content (sha256, content, first_seen)
  SELECT DISTINCT ON (content_sha256) content_sha256, content, received_at
  FROM received_credential
  ORDER BY content_sha256, received_at;

ALTER TABLE received_credential DROP COLUMN content;
ALTER TABLE received_credential
  ADD CONSTRAINT received_credential_content
  FOREIGN KEY (content_sha256) REFERENCES credential_content (sha256);
