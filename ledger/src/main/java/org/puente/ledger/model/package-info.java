/**
 * Pure values and algorithms of the log: hashes with their domain separation, the RFC 9162 proof
 * algorithms, tile coordinates, checkpoints, signed notes, cosignatures, receipts and alarms. No
 * I/O.
 */
package org.puente.ledger.model;
