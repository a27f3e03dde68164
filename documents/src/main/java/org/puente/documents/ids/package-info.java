/**
 * Customs identifiers that validate themselves: format, catalogue and check digit where one exists
 * (VIN, CBP entry number, RFC). Constructors throw {@link
 * org.puente.documents.ids.InvalidIdentifierException} (a caller's bug with trusted values); the
 * {@code parse} methods turn the same failure into a checked {@link
 * org.puente.documents.DocumentException} for untrusted input.
 */
package org.puente.documents.ids;
