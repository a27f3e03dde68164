/**
 * File-system adapters: a durable tile store in the C2SP tlog-tiles directory layout with a
 * write-ahead journal (one fsync per batch), and the witness's state file.
 */
package org.puente.ledger.infrastructure;
