/**
 * The national formats and the canonical JSON: SAT Carta Porte 3.1 XML (validated against SAT's
 * XSD), the DODA payload and its cadena original, the ACE truck e-Manifest trip JSON, and merging
 * partial consignments back into one. Every reader refuses DTDs, oversized, badly encoded and
 * truncated input with a coded {@link org.puente.documents.DocumentException}.
 */
package org.puente.documents.formats;
