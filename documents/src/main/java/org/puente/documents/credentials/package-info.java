/**
 * Puente's trade credential types: their JSON Schemas and JSON-LD context terms (resources under
 * {@code org/puente/documents/}), complete example credentials, the business rules checked beside
 * the schema, and the unsigned W3C VC 2.0 form built from and read back into the model. Signing and
 * verification belong to the credentials module.
 */
package org.puente.documents.credentials;
