/**
 * Authorization: the single table of access rules (endpoint × role × jurisdiction), its enforcement
 * on every request, and the access record of trade-data reads and writes.
 */
package org.puente.server.access;
