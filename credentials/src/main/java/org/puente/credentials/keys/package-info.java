/**
 * Keys and did:key: Ed25519, P-256 and P-384 key pairs in the Multikey form, the {@link
 * org.puente.credentials.keys.Signer} port that an HSM or KMS can implement, JWK export and offline
 * did:key resolution.
 */
package org.puente.credentials.keys;
