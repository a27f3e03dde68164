package org.puente.credentials.jsonld;

import com.apicatalog.rdf.nquads.NQuadsWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One quad of an RDFC-1.0 run, serialised once: everything of its canonical N-Quads line except the
 * labels of its blank nodes is kept as ready-made text, so relabelling (RDFC-1.0 §4.6 uses {@code
 * _:a}/{@code _:z}, §4.4.3 step 7 the canonical labels) only appends labels between fixed pieces.
 */
final class ReferenceQuad {
  static final String END = " .\n";

  /** The blank node labels at the subject, object and graph name, null where not blank. */
  final String subject;

  final String object;
  final String graph;

  /** The predicate IRI (RDFC-1.0 §4.7 hashes it). */
  final String predicate;

  /** The subject's text when it is an IRI, else null. */
  private final String head;

  /** " <predicate> " followed, unless the object is a blank node, by the object's text. */
  private final String middle;

  /** Ends the line when the graph name is not a blank node: " <graph> .\n" or " .\n". */
  private final String tail;

  private byte[][] encoded;

  ReferenceQuad(String[] q) {
    predicate = q[1];
    subject = blankAt(q, 0) ? q[0] : null;
    object = blankAt(q, 2) ? q[2] : null;
    graph = blankAt(q, 6) ? q[6] : null;
    head = subject == null ? NQuadsLine.term(q[0]) : null;
    middle = predicateAndObject(q);
    tail = q[6] == null || graph != null ? END : ' ' + NQuadsLine.term(q[6]) + END;
  }

  /** Whether {@code q[position]} (0 subject, 2 object, 6 graph) is a blank node. */
  static boolean blankAt(String[] q, int position) {
    String term = q[position];
    if (term == null || !term.startsWith("_:")) {
      return false;
    }
    return position != 2 || (q[3] == null && q[4] == null && q[5] == null);
  }

  /** " <predicate> object" (the object only when it is not a blank node). */
  private String predicateAndObject(String[] q) {
    if (q[4] != null || q[5] != null) {
      // language or direction: titanium's writer, with the subject and graph cut off
      String line = NQuadsWriter.nquad("_:s", q[1], q[2], q[3], q[4], q[5], null);
      return line.substring(3, line.length() - END.length());
    }
    if (object != null) {
      return " <" + q[1] + "> ";
    }
    if (q[3] == null) {
      return " <" + q[1] + "> <" + q[2] + '>';
    }
    return " <" + q[1] + "> " + NQuadsLine.literal(q[2], q[3]);
  }

  /**
   * RDFC-1.0 §4.6 step 3.1: {@code reference} as {@code _:a}, every other blank node as {@code
   * _:z}.
   */
  ReferenceLine firstDegree(String reference) {
    return new ReferenceLine(
        this,
        subject == null ? null : subject.equals(reference) ? ReferenceLine.A : ReferenceLine.Z,
        object == null ? null : object.equals(reference) ? ReferenceLine.A : ReferenceLine.Z,
        graph == null ? null : graph.equals(reference) ? ReferenceLine.A : ReferenceLine.Z);
  }

  /** The line with every blank node replaced by its label in {@code labels}. */
  ReferenceLine relabelled(Map<String, String> labels) {
    return new ReferenceLine(
        this,
        subject == null ? null : labels.get(subject),
        object == null ? null : labels.get(object),
        graph == null ? null : labels.get(graph));
  }

  /** The subject's text when it is an IRI, else null. */
  String head() {
    return head;
  }

  /** " <predicate> " and the object's text unless it is a blank node. */
  String middle() {
    return middle;
  }

  /** The end of the line when the graph name is not a blank node. */
  String tail() {
    return tail;
  }

  /** The UTF-8 bytes of the head (0), middle (1) or tail (2), encoded once when first asked. */
  byte[] bytes(int part) {
    if (encoded == null) {
      encoded =
          new byte[][] {
            head == null ? new byte[0] : head.getBytes(StandardCharsets.UTF_8),
            middle.getBytes(StandardCharsets.UTF_8),
            tail.getBytes(StandardCharsets.UTF_8)
          };
    }
    return encoded[part];
  }
}
