/**
 * JSON-LD for Data Integrity: the strict offline document loader (bundled contexts plus
 * operator-added ones, never the network), input limits, and the JSON-LD → RDF → RDFC-1.0
 * transformation with a cache of processed contexts.
 */
package org.puente.credentials.jsonld;
