/**
 * The node's transparency log over PostgreSQL: the {@code TileStore} adapter, the C2SP tlog-tiles
 * and tlog-witness HTTP endpoints, proofs, fork alarms, the {@link
 * org.puente.server.ledger.NodeLog} that the node's stores append to, and the task that has the
 * peer authority node cosign this node's checkpoints.
 */
package org.puente.server.ledger;
