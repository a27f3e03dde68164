/**
 * The node's credential store: issued credentials with their status list entries, received
 * credentials with their verification reports, and the query endpoints over them.
 */
package org.puente.server.credentials;
