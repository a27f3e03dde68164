/**
 * Verifiable presentations bound to a verifier's challenge and domain, with every enclosed
 * credential verified.
 */
package org.puente.credentials.vp;
