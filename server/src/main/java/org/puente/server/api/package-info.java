/**
 * The HTTP API's shared parts: problem+json errors, the request size limit, the controllers' base.
 */
package org.puente.server.api;
