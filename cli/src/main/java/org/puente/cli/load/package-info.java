/**
 * The load tool: bounded closed-loop runs with exact latency percentiles, loopback targets only.
 */
package org.puente.cli.load;
