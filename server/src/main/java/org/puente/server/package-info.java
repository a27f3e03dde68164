/** The Puente node: HTTP API, storage, identity and wiring (the only Spring Boot module). */
package org.puente.server;
