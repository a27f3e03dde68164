-- Node-to-node mutual TLS (docs/server.md "Mutual TLS between nodes"): a registered peer is known
-- by its DID document, fetched at registration and checked over a handshake with the peer's TLS
-- key; it authenticates with its DID-bound certificate, so the bearer token that used to be kept
-- here in clear is dropped. Peers registered before this migration have no document: they must be
-- registered again (their URL was the plain main port; the peer endpoint comes from the document).
ALTER TABLE ledger_peer DROP COLUMN token;
ALTER TABLE ledger_peer ADD COLUMN did_document TEXT;
CREATE INDEX ledger_peer_did ON ledger_peer (did);
