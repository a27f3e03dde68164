/**
 * Authentication of people and systems: OAuth2 bearer JWTs (the node's own or an OIDC provider's)
 * carrying roles, a jurisdiction and, for officers, a port.
 */
package org.puente.server.auth;
