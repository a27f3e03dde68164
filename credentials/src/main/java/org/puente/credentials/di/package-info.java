/**
 * W3C Data Integrity proofs (vc-data-integrity 1.0) with the {@code eddsa-rdfc-2022} (vc-di-eddsa
 * §3.2) and {@code ecdsa-rdfc-2019} (vc-di-ecdsa §3.3, P-256 and P-384) cryptosuites: create and
 * verify, with the intermediate canonical forms and hashes exposed for the W3C test vectors.
 */
package org.puente.credentials.di;
