/**
 * {@code puente demo}: two authority nodes and four trade party nodes on one embedded PostgreSQL,
 * and one consignment's credentials issued and verified between them over HTTP.
 */
package org.puente.cli.demo;
