/**
 * Puente's trade documents: the canonical consignment, its national forms (SAT Carta Porte 3.1,
 * DODA, ACE truck e-Manifest), the trade credential types and their bilingual rendering. The face
 * is {@link org.puente.documents.Documents}, {@link org.puente.documents.DocumentException} and
 * {@link org.puente.documents.ValidationError}.
 */
package org.puente.documents;
