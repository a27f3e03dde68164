-- The node's writes now reach PostgreSQL as multi-row INSERTs (store.GroupCommit batches the rows
-- of many requests per statement). The outbox triggers of the three insert-only tables become
-- statement-level triggers over the statement's transition table: one INSERT into the outbox per
-- statement instead of one PL/pgSQL call and one INSERT per row. The events are the same JSON
-- objects as V2's row triggers build (jsonb orders keys itself, so the log entries are unchanged).
-- status_entry and trust_entry keep their row triggers: they fire on INSERT OR UPDATE, which
-- transition tables do not allow, and they are written rarely.

CREATE FUNCTION ledger_outbox_issued() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO ledger_outbox (entry)
    SELECT jsonb_build_object('type', 'puente-log-event/v1', 'event', 'credential.issued',
      'id', n.id, 'credentialType', n.credential_type, 'issuer', n.issuer_did,
      'jurisdiction', n.jurisdiction, 'format', n.format,
      'contentSha256', n.content_sha256, 'at', n.issued_at)
    FROM new_rows n;
  RETURN NULL;
END;
$$;

CREATE FUNCTION ledger_outbox_received() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO ledger_outbox (entry)
    SELECT jsonb_build_object('type', 'puente-log-event/v1', 'event', 'credential.received',
      'id', n.id, 'credentialId', n.credential_id, 'credentialType', n.credential_type,
      'issuer', n.issuer_did, 'jurisdiction', n.jurisdiction,
      'contentSha256', n.content_sha256, 'at', n.received_at)
    FROM new_rows n;
  RETURN NULL;
END;
$$;

CREATE FUNCTION ledger_outbox_verified() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO ledger_outbox (entry)
    SELECT jsonb_build_object('type', 'puente-log-event/v1', 'event', 'credential.verified',
      'id', n.id, 'received', n.received_id, 'verified', n.verified, 'trusted', n.trusted,
      'code', n.code, 'at', n.verified_at)
    FROM new_rows n;
  RETURN NULL;
END;
$$;

DROP TRIGGER issued_credential_log ON issued_credential;
DROP TRIGGER received_credential_log ON received_credential;
DROP TRIGGER verification_report_log ON verification_report;

CREATE TRIGGER issued_credential_log AFTER INSERT ON issued_credential
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_outbox_issued();
CREATE TRIGGER received_credential_log AFTER INSERT ON received_credential
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_outbox_received();
CREATE TRIGGER verification_report_log AFTER INSERT ON verification_report
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_outbox_verified();
