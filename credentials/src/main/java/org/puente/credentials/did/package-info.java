/**
 * DID resolution for verifiers: the small {@link org.puente.credentials.did.DidDocumentResolver}
 * port that VC-JOSE, SD-JWT VC and Data Integrity verification share, the W3C did:web method (local
 * registry first, then HTTPS to allow-listed hosts only, cached with a TTL) and a resolver that
 * combines did:key and did:web.
 *
 * <p>No network code lives here: the HTTPS fetch is the {@link
 * org.puente.credentials.did.DidDocumentFetcher} port, implemented in {@code
 * org.puente.credentials.did.infrastructure}.
 */
package org.puente.credentials.did;
