/**
 * Network adapters for DID resolution: the {@code java.net.http} HTTPS fetcher behind the {@link
 * org.puente.credentials.did.DidDocumentFetcher} port.
 */
package org.puente.credentials.did.infrastructure;
