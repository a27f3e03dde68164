-- Cross-witnessing (docs/ledger.md "Cross-witnessing"): the other country's authority node,
-- registered at run time by an operator from the keys it publishes at /log/keys. This node's
-- witness watches the peer's log, and this node pushes its own checkpoints to the peer's witness.
CREATE TABLE ledger_peer (
  origin             TEXT PRIMARY KEY,                  -- the peer log's checkpoint origin
  url                TEXT NOT NULL,                     -- the peer node's base URL
  jurisdiction       TEXT NOT NULL CHECK (jurisdiction IN ('US', 'MX')),
  did                TEXT NOT NULL,
  log_key            TEXT NOT NULL,                     -- C2SP vkey of the peer's log (0x01)
  witness_key        TEXT NOT NULL,                     -- C2SP vkey of the peer's witness (0x04)
  token              TEXT NOT NULL,                     -- bearer token the peer accepts
  registered_at      TIMESTAMPTZ NOT NULL,
  last_cosigned_size BIGINT,
  last_attempt_at    TIMESTAMPTZ,
  last_error         TEXT
);

-- Checkpoints of this node's log that the other country's witness cosigned, kept as evidence.
CREATE TABLE ledger_cosigned (
  tree_size    BIGINT NOT NULL CHECK (tree_size >= 0),
  witness      TEXT   NOT NULL,                         -- the witness key's name
  checkpoint   TEXT   NOT NULL,                         -- log signature + that cosignature
  cosigned_at  TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (tree_size, witness)
);
