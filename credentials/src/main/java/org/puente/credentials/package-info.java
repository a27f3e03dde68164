/**
 * The credentials engine: W3C Verifiable Credentials 2.0 issued and verified with Data Integrity,
 * VC-JOSE and SD-JWT VC, with DIDs and status lists. Plain Java: no framework, no I/O outside
 * explicit ports.
 */
package org.puente.credentials;
