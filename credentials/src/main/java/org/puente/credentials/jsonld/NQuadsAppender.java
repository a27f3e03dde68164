package org.puente.credentials.jsonld;

import com.apicatalog.rdf.api.RdfQuadConsumer;
import com.apicatalog.rdf.nquads.NQuadsWriter;

/** Appends each quad it receives as one N-Quads line (RDF 1.1 N-Quads canonical form). */
final class NQuadsAppender implements RdfQuadConsumer {
  private final StringBuilder out;

  NQuadsAppender(StringBuilder out) {
    this.out = out;
  }

  @Override
  public RdfQuadConsumer quad(
      String subject,
      String predicate,
      String object,
      String datatype,
      String language,
      String direction,
      String graph) {
    out.append(
        NQuadsWriter.nquad(subject, predicate, object, datatype, language, direction, graph));
    return this;
  }

  static String line(String[] q) {
    return NQuadsWriter.nquad(q[0], q[1], q[2], q[3], q[4], q[5], q[6]);
  }
}
