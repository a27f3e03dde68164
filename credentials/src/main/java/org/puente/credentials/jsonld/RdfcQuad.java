package org.puente.credentials.jsonld;

import com.apicatalog.rdf.nquads.NQuadsWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One quad of an RDFC-1.0 run, serialised once: everything of its canonical N-Quads line except the
 * labels of its blank nodes is kept as ready-made text (and UTF-8 bytes, encoded when first
 * needed), so relabelling (RDFC-1.0 §4.6 uses {@code _:a}/{@code _:z}, §4.4.3 step 7 the canonical
 * labels) only puts labels between fixed pieces.
 */
final class RdfcQuad {
  static final String END = " .\n";
  private static final byte[] END_BYTES = END.getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SPACE = {' '};

  /** The blank node labels at the subject, object and graph name, null where not blank. */
  final String subject;

  final String object;
  final String graph;

  /** The predicate IRI (RDFC-1.0 §4.7 hashes it). */
  final String predicate;

  /** The terms as given (for telling true duplicates from lines that only look alike). */
  private final String[] terms;

  /** The subject's text when it is an IRI, else null. */
  private final String head;

  /**
   * " <predicate> " followed, unless the object is a blank node, by the object's text; null when
   * {@link #fixedRest} holds the whole rest.
   */
  private final String middle;

  /** Ends the line when the graph name is not a blank node: " <graph> .\n" or " .\n". */
  private final String tail;

  /** {@code middle + tail} when neither object nor graph name is blank, else null. */
  private final String fixedRest;

  private byte[] headBytes;
  private byte[] middleBytes;
  private byte[] tailBytes;

  RdfcQuad(String[] q) {
    terms = q;
    predicate = q[1];
    subject = blankAt(q, 0) ? q[0] : null;
    object = blankAt(q, 2) ? q[2] : null;
    graph = blankAt(q, 6) ? q[6] : null;
    head = subject == null ? NQuadsLine.term(q[0]) : null;
    tail = q[6] == null || graph != null ? END : ' ' + NQuadsLine.term(q[6]) + END;
    if (object == null && graph == null) {
      // one concatenation for the whole rest, the common case
      fixedRest = predicateAndObject(q, tail);
      middle = null;
    } else {
      fixedRest = null;
      middle = predicateAndObject(q, "");
    }
  }

  /** Whether {@code q[position]} (0 subject, 2 object, 6 graph) is a blank node. */
  static boolean blankAt(String[] q, int position) {
    String term = q[position];
    if (term == null || !term.startsWith("_:")) {
      return false;
    }
    return position != 2 || (q[3] == null && q[4] == null && q[5] == null);
  }

  /** " <predicate> object" (the object only when it is not a blank node) and {@code end}. */
  private String predicateAndObject(String[] q, String end) {
    if (q[4] != null || q[5] != null) {
      // language or direction: titanium's writer, with the subject and graph cut off
      String line = NQuadsWriter.nquad("_:s", q[1], q[2], q[3], q[4], q[5], null);
      return line.substring(3, line.length() - END.length()) + end;
    }
    if (object != null) {
      return " <" + q[1] + "> ";
    }
    if (q[3] == null) {
      return " <" + q[1] + "> <" + q[2] + '>' + end;
    }
    return " <" + q[1] + "> " + NQuadsLine.literal(q[2], q[3]) + end;
  }

  /** Whether this quad and {@code other} are the same quad (RDF 1.1 Concepts §4: a set). */
  boolean sameAs(RdfcQuad other) {
    return Arrays.equals(terms, other.terms);
  }

  /** Whether the subject is an IRI with a space (then lines are compared as whole texts). */
  boolean spacedHead() {
    return head != null && head.indexOf(' ') >= 0;
  }

  /**
   * RDFC-1.0 §4.6 step 3.1: {@code reference} as {@code _:a}, every other blank node as {@code
   * _:z}.
   */
  RdfcLine firstDegree(String reference) {
    return new RdfcLine(
        this,
        subject == null ? null : subject.equals(reference) ? RdfcLine.A : RdfcLine.Z,
        object == null ? null : object.equals(reference) ? RdfcLine.A : RdfcLine.Z,
        graph == null ? null : graph.equals(reference) ? RdfcLine.A : RdfcLine.Z);
  }

  /** The line with every blank node replaced by its label in {@code labels}. */
  RdfcLine relabelled(Map<String, RdfcLine.Label> labels) {
    return new RdfcLine(
        this,
        subject == null ? null : labels.get(subject),
        object == null ? null : labels.get(object),
        graph == null ? null : labels.get(graph));
  }

  /** The subject's text when it is an IRI, else null. */
  String head() {
    return head;
  }

  /** Everything after the subject, with labels {@code o} and {@code g} where they are blank. */
  String rest(RdfcLine.Label o, RdfcLine.Label g) {
    if (fixedRest != null) {
      return fixedRest;
    }
    String objectText = o == null ? "" : o.text();
    return g == null ? middle + objectText + tail : middle + objectText + ' ' + g.text() + END;
  }

  /** Writes the line's UTF-8 bytes with the subject {@code s} (null: the IRI head). */
  void write(ByteSink out, RdfcLine.Label s, RdfcLine.Label o, RdfcLine.Label g) {
    if (middleBytes == null) {
      headBytes = head == null ? null : head.getBytes(StandardCharsets.UTF_8);
      middleBytes = (fixedRest != null ? fixedRest : middle).getBytes(StandardCharsets.UTF_8);
      tailBytes = fixedRest != null ? null : tail.getBytes(StandardCharsets.UTF_8);
    }
    out.put(s == null ? headBytes : s.bytes());
    out.put(middleBytes);
    if (fixedRest != null) {
      return;
    }
    if (o != null) {
      out.put(o.bytes());
    }
    if (g != null) {
      out.put(SPACE);
      out.put(g.bytes());
      out.put(END_BYTES);
    } else {
      out.put(tailBytes);
    }
  }

  /** Each quad as given (duplicates included). */
  static RdfcQuad[] wrap(List<String[]> quads) {
    RdfcQuad[] out = new RdfcQuad[quads.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = new RdfcQuad(quads.get(i));
    }
    return out;
  }

  /**
   * A dataset is a set (RDF 1.1 Concepts §4): duplicate quads count once. Quads are compared term
   * by term (the strings cache their hashes), after sorting them by a combined hash, so no line is
   * serialised and no hash table is built.
   */
  static RdfcQuad[] distinct(List<String[]> quads) {
    int n = quads.size();
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = ((long) Arrays.hashCode(quads.get(i)) << 32) | i;
    }
    Arrays.sort(keys);
    boolean[] duplicate = new boolean[n];
    int count = n;
    for (int i = 1; i < n; i++) {
      int hash = (int) (keys[i] >> 32);
      for (int j = i - 1; j >= 0 && (int) (keys[j] >> 32) == hash; j--) {
        if (!duplicate[(int) keys[j]]
            && Arrays.equals(quads.get((int) keys[i]), quads.get((int) keys[j]))) {
          duplicate[(int) keys[i]] = true;
          count--;
          break;
        }
      }
    }
    RdfcQuad[] unique = new RdfcQuad[count];
    for (int i = 0, k = 0; i < n; i++) {
      if (!duplicate[i]) {
        unique[k++] = new RdfcQuad(quads.get(i));
      }
    }
    return unique;
  }
}
