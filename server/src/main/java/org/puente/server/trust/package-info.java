/**
 * The trust registry: accreditations of issuers (DID × credential type × jurisdiction × validity ×
 * national identifier), the node's signed trust list, and peers' lists cached with bounded
 * staleness.
 */
package org.puente.server.trust;
