/**
 * Adapters: a durable tile store in the C2SP tlog-tiles directory layout with a write-ahead journal
 * (one fsync per batch), the witness's state file, and the pull-mode source that reads another
 * node's published checkpoint and tiles over HTTP.
 */
package org.puente.ledger.infrastructure;
