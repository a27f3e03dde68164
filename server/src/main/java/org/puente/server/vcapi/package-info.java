/**
 * The W3C VC-API (https://w3c-ccg.github.io/vc-api/) of a node: issue, verify (credentials and
 * presentations), status updates, and the node's published Bitstring Status Lists.
 */
package org.puente.server.vcapi;
