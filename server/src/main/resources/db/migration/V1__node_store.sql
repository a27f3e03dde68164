-- The node's own store. Plain SQL, read and written through JdbcClient.

-- Trust registry (DESIGN.md §3.7): which DIDs may issue which credential types, where and when,
-- tied to a national identifier.
CREATE TABLE trust_entry (
  id              UUID PRIMARY KEY,
  issuer_did      TEXT        NOT NULL,
  credential_type TEXT        NOT NULL,
  jurisdiction    CHAR(2)     NOT NULL CHECK (jurisdiction IN ('US', 'MX')),
  id_scheme       TEXT        NOT NULL,
  national_id     TEXT        NOT NULL,
  valid_from      TIMESTAMPTZ NOT NULL,
  valid_until     TIMESTAMPTZ NOT NULL,
  created_at      TIMESTAMPTZ NOT NULL,
  created_by      TEXT        NOT NULL,
  withdrawn_at    TIMESTAMPTZ,
  withdrawn_by    TEXT,
  CHECK (valid_until > valid_from)
);
CREATE INDEX trust_entry_issuer ON trust_entry (issuer_did, credential_type, jurisdiction);

-- Who read or wrote what, when, under which access rule.
CREATE TABLE access_record (
  id            BIGSERIAL PRIMARY KEY,
  at            TIMESTAMPTZ NOT NULL,
  subject       TEXT        NOT NULL,
  roles         TEXT        NOT NULL,
  jurisdiction  TEXT,
  port          TEXT,
  method        TEXT        NOT NULL,
  path          TEXT        NOT NULL,
  rule_id       TEXT        NOT NULL,
  status        INTEGER     NOT NULL
);
CREATE INDEX access_record_at ON access_record (at);

-- Bitstring Status List (W3C) lists that this node publishes; entries are allocated in order.
CREATE TABLE status_list (
  id          TEXT PRIMARY KEY,
  purpose     TEXT    NOT NULL CHECK (purpose IN ('revocation', 'suspension')),
  size        INTEGER NOT NULL CHECK (size > 0),
  next_index  INTEGER NOT NULL DEFAULT 0,
  created_at  TIMESTAMPTZ NOT NULL
);

-- Credentials this node issued, whole, as issued.
CREATE TABLE issued_credential (
  id             TEXT PRIMARY KEY,
  credential_type TEXT        NOT NULL,
  issuer_did     TEXT        NOT NULL,
  subject_id     TEXT,
  jurisdiction   CHAR(2)     NOT NULL CHECK (jurisdiction IN ('US', 'MX')),
  format         TEXT        NOT NULL,
  content        TEXT        NOT NULL,
  content_sha256 TEXT        NOT NULL,
  status_list_id TEXT REFERENCES status_list (id),
  status_index   INTEGER,
  issued_at      TIMESTAMPTZ NOT NULL,
  issued_by      TEXT        NOT NULL,
  UNIQUE (status_list_id, status_index)
);
CREATE INDEX issued_credential_type ON issued_credential (jurisdiction, credential_type, issued_at);

-- Status bits set on issued credentials (absent row = bit 0).
CREATE TABLE status_entry (
  status_list_id TEXT    NOT NULL REFERENCES status_list (id),
  status_index   INTEGER NOT NULL,
  status         BOOLEAN NOT NULL,
  updated_at     TIMESTAMPTZ NOT NULL,
  updated_by     TEXT NOT NULL,
  PRIMARY KEY (status_list_id, status_index)
);

-- Credentials this node received, with the report of each verification.
CREATE TABLE received_credential (
  id              UUID PRIMARY KEY,
  credential_id   TEXT,
  credential_type TEXT        NOT NULL,
  issuer_did      TEXT        NOT NULL,
  jurisdiction    CHAR(2)     NOT NULL CHECK (jurisdiction IN ('US', 'MX')),
  format          TEXT        NOT NULL,
  content         TEXT        NOT NULL,
  content_sha256  TEXT        NOT NULL,
  received_from   TEXT        NOT NULL,
  received_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX received_credential_type ON received_credential (jurisdiction, credential_type, received_at);

CREATE TABLE verification_report (
  id              UUID PRIMARY KEY,
  received_id     UUID        NOT NULL REFERENCES received_credential (id),
  verified        BOOLEAN     NOT NULL,
  trusted         BOOLEAN     NOT NULL,
  code            TEXT,
  report          TEXT        NOT NULL,
  verified_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX verification_report_received ON verification_report (received_id, verified_at);
