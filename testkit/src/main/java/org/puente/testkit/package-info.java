/**
 * Shared test fixtures: the shared data folder and the architecture rules of the domain modules.
 */
package org.puente.testkit;
