/**
 * W3C Bitstring Status List: issuer-side lists that allocate indexes and revoke or suspend, the
 * published list credential, and a verifier-side checker with a cache whose age is reported and
 * bounded by a maximum staleness.
 */
package org.puente.credentials.status;
