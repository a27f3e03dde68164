-- The node's transparency log (docs/ledger.md): C2SP tlog-tiles kept in PostgreSQL, the witness's
-- record of the peer's log, and fork alarms for operators.

CREATE TABLE ledger_log (
  origin      TEXT PRIMARY KEY,                        -- checkpoint origin = log key name
  tree_size   BIGINT NOT NULL DEFAULT 0 CHECK (tree_size >= 0),
  checkpoint  TEXT                                     -- latest signed (and cosigned) note
);

-- One row per tile; only the widest version of a tile is kept (.p/W is its prefix).
CREATE TABLE ledger_tile (
  origin  TEXT     NOT NULL REFERENCES ledger_log (origin),
  level   SMALLINT NOT NULL CHECK (level BETWEEN -1 AND 63),   -- -1: entry bundle
  idx     BIGINT   NOT NULL CHECK (idx >= 0),
  width   SMALLINT NOT NULL CHECK (width BETWEEN 1 AND 256),   -- 256: full tile
  data    BYTEA    NOT NULL,
  PRIMARY KEY (origin, level, idx),
  CHECK (level = -1 OR octet_length(data) = 32 * width)
);

-- What this node's witness last cosigned of each log it watches (C2SP tlog-witness).
CREATE TABLE ledger_witness_state (
  origin      TEXT PRIMARY KEY,
  tree_size   BIGINT NOT NULL CHECK (tree_size >= 0),
  root_hash   BYTEA  NOT NULL CHECK (octet_length(root_hash) = 32),
  checkpoint  TEXT   NOT NULL,                          -- the signed note, kept as evidence
  updated_at  TIMESTAMPTZ NOT NULL
);

-- Contradictions the witness saw; each is also an entry of this node's own log.
CREATE TABLE ledger_alarm (
  id         BIGSERIAL PRIMARY KEY,
  kind       TEXT NOT NULL CHECK (kind IN ('FORK', 'INCONSISTENT', 'ROLLBACK')),
  origin     TEXT NOT NULL,
  reason     TEXT NOT NULL,
  seen       TEXT NOT NULL,
  offered    TEXT NOT NULL,
  raised_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX ledger_alarm_raised ON ledger_alarm (raised_at);

-- Outbox: every credential issued, received or verified, every status change and every trust
-- registry change writes a row here in its own transaction (by trigger, so no write can skip it);
-- NodeLog appends the rows to the log and then deletes them. Only identifiers, types and SHA-256
-- digests go to the public log, never trade data.
CREATE TABLE ledger_outbox (
  id     BIGSERIAL PRIMARY KEY,
  entry  JSONB NOT NULL
);

CREATE FUNCTION ledger_outbox_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  e jsonb;
BEGIN
  IF TG_TABLE_NAME = 'issued_credential' THEN
    e := jsonb_build_object('event', 'credential.issued', 'id', NEW.id,
      'credentialType', NEW.credential_type, 'issuer', NEW.issuer_did,
      'jurisdiction', NEW.jurisdiction, 'format', NEW.format,
      'contentSha256', NEW.content_sha256, 'at', NEW.issued_at);
  ELSIF TG_TABLE_NAME = 'received_credential' THEN
    e := jsonb_build_object('event', 'credential.received', 'id', NEW.id,
      'credentialId', NEW.credential_id, 'credentialType', NEW.credential_type,
      'issuer', NEW.issuer_did, 'jurisdiction', NEW.jurisdiction,
      'contentSha256', NEW.content_sha256, 'at', NEW.received_at);
  ELSIF TG_TABLE_NAME = 'verification_report' THEN
    e := jsonb_build_object('event', 'credential.verified', 'id', NEW.id,
      'received', NEW.received_id, 'verified', NEW.verified, 'trusted', NEW.trusted,
      'code', NEW.code, 'at', NEW.verified_at);
  ELSIF TG_TABLE_NAME = 'status_entry' THEN
    e := jsonb_build_object('event', 'credential.status', 'statusList', NEW.status_list_id,
      'index', NEW.status_index, 'status', NEW.status, 'at', NEW.updated_at);
  ELSIF TG_TABLE_NAME = 'trust_entry' AND TG_OP = 'INSERT' THEN
    e := jsonb_build_object('event', 'trust.entry.added', 'id', NEW.id,
      'issuer', NEW.issuer_did, 'credentialType', NEW.credential_type,
      'jurisdiction', NEW.jurisdiction, 'idScheme', NEW.id_scheme,
      'nationalId', NEW.national_id, 'validFrom', NEW.valid_from,
      'validUntil', NEW.valid_until, 'by', NEW.created_by, 'at', NEW.created_at);
  ELSIF TG_TABLE_NAME = 'trust_entry' THEN
    IF NEW.withdrawn_at IS NOT DISTINCT FROM OLD.withdrawn_at THEN
      RETURN NEW;
    END IF;
    e := jsonb_build_object('event', 'trust.entry.withdrawn', 'id', NEW.id,
      'by', NEW.withdrawn_by, 'at', NEW.withdrawn_at);
  ELSE
    RETURN NEW;
  END IF;
  INSERT INTO ledger_outbox (entry)
    VALUES (jsonb_build_object('type', 'puente-log-event/v1') || e);
  RETURN NEW;
END;
$$;

CREATE TRIGGER issued_credential_log AFTER INSERT ON issued_credential
  FOR EACH ROW EXECUTE FUNCTION ledger_outbox_event();
CREATE TRIGGER received_credential_log AFTER INSERT ON received_credential
  FOR EACH ROW EXECUTE FUNCTION ledger_outbox_event();
CREATE TRIGGER verification_report_log AFTER INSERT ON verification_report
  FOR EACH ROW EXECUTE FUNCTION ledger_outbox_event();
CREATE TRIGGER status_entry_log AFTER INSERT OR UPDATE ON status_entry
  FOR EACH ROW EXECUTE FUNCTION ledger_outbox_event();
CREATE TRIGGER trust_entry_log AFTER INSERT OR UPDATE ON trust_entry
  FOR EACH ROW EXECUTE FUNCTION ledger_outbox_event();
