/**
 * Storage of the node: the PostgreSQL {@link javax.sql.DataSource} (embedded by default, or any
 * PostgreSQL), its Flyway migrations, and the stores that use it.
 */
package org.puente.server.store;
