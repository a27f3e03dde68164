/**
 * The canonical consignment: plain records named after the WCO Data Model, with typed customs
 * identifiers. No I/O.
 */
package org.puente.documents.model;
