/**
 * An encrypted keystore file of named {@link org.puente.credentials.keys.MultikeyPair} keys (scrypt
 * + AES-256-GCM, versioned JSON, atomic owner-only writes) and key rotation per DID: a new current
 * key, earlier keys retired but still published as verification methods so that credentials they
 * signed keep verifying.
 */
package org.puente.credentials.keystore;
