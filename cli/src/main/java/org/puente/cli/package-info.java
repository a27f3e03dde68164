/** The {@code bin/puente} command line (picocli). */
package org.puente.cli;
