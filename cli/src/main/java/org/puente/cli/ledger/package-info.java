/**
 * The CLI's client of a running node's transparency log administration: registering the other
 * country's node as the witness peer and running cross-witnessing rounds ({@code puente log witness
 * --node}, and the demo).
 */
package org.puente.cli.ledger;
