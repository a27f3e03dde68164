/**
 * The documents endpoints: validate, translate and render trade documents with the documents
 * module's facade, and issue one as its trade credential type through the VC-API.
 */
package org.puente.server.documents;
