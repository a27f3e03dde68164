/**
 * Puente's transparency log (DESIGN.md §3.6): every filing, disclosure, device event, decision,
 * agreement and trust-list version a node handles is appended to an RFC 9162 Merkle tree, stored as
 * C2SP tlog-tiles, committed to by signed checkpoints (C2SP signed-note / tlog-checkpoint) and
 * cosigned by the other country's witness (C2SP tlog-cosignature). The face of the module is {@link
 * org.puente.ledger.application.TransparencyLog}, {@link org.puente.ledger.application.Witness} and
 * {@link org.puente.ledger.LedgerException}.
 */
package org.puente.ledger;
