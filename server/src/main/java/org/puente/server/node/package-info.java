/** Who the node is: its role, name, data directory, did:web identity and keys. */
package org.puente.server.node;
