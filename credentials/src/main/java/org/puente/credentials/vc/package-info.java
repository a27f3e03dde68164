/**
 * The W3C Verifiable Credentials Data Model 2.0: structural validation with precise codes, and the
 * verification report that names each check (structure, signature, issuer binding, validity period,
 * status, schema).
 */
package org.puente.credentials.vc;
