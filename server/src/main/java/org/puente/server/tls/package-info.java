/** Mutual TLS between nodes: certificates bound to a node's DID and the trust manager for them. */
package org.puente.server.tls;
