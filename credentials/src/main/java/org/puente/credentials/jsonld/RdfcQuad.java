package org.puente.credentials.jsonld;

import com.apicatalog.rdf.nquads.NQuadsWriter;
import java.util.Map;

/**
 * One quad of an RDFC-1.0 run, serialised once: everything of its canonical N-Quads line except the
 * labels of its blank nodes is kept as ready-made text, so relabelling (RDFC-1.0 §4.6 uses {@code
 * _:a}/{@code _:z}, §4.4.3 step 7 the canonical labels) only appends labels between fixed pieces.
 */
final class RdfcQuad {
  private static final String END = " .\n";

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

  private String fixedLine;

  RdfcQuad(String[] q) {
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

  /** Whether any of the three positions is a blank node. */
  boolean hasBlankNodes() {
    return subject != null || object != null || graph != null;
  }

  /** The line of a quad without blank nodes. */
  String fixedLine() {
    if (fixedLine == null) {
      fixedLine = head + middle + tail;
    }
    return fixedLine;
  }

  /**
   * RDFC-1.0 §4.6 step 3.1: {@code reference} as {@code _:a}, every other blank node as {@code
   * _:z}.
   */
  void appendFirstDegree(StringBuilder out, String reference) {
    append(
        out,
        subject == null ? null : subject.equals(reference) ? "_:a" : "_:z",
        object == null ? null : object.equals(reference) ? "_:a" : "_:z",
        graph == null ? null : graph.equals(reference) ? "_:a" : "_:z");
  }

  /** The line with every blank node replaced by its label in {@code labels}. */
  void appendRelabelled(StringBuilder out, Map<String, String> labels) {
    append(
        out,
        subject == null ? null : labels.get(subject),
        object == null ? null : labels.get(object),
        graph == null ? null : labels.get(graph));
  }

  private void append(StringBuilder out, String s, String o, String g) {
    out.append(s == null ? head : s).append(middle);
    if (o != null) {
      out.append(o);
    }
    if (g != null) {
      out.append(' ').append(g).append(END);
    } else {
      out.append(tail);
    }
  }

  /** An upper bound of the line's length with labels of at most {@code label} characters. */
  int length(int label) {
    return (head == null ? label : head.length()) + middle.length() + 2 * label + tail.length() + 2;
  }
}
