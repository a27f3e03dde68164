package org.puente.credentials.jsonld;

import java.nio.charset.StandardCharsets;

/**
 * The canonical N-Quads line of a {@link RdfcQuad} with the given labels at its blank nodes. It is
 * never built as one string: lines compare by subject text first and then by the rest of the line
 * (the part after the subject, ready-made per quad when no blank node follows the subject), and
 * they are written as UTF-8 from the quad's pre-encoded pieces.
 *
 * <p>Comparing (subject, rest) gives the order of the whole texts (code unit order, as {@link
 * String#compareTo}) because every rest starts with a space and no subject text contains one: when
 * one subject is a prefix of the other, the shorter line continues with the space where the longer
 * continues with its next subject character. {@link Rdfc10} compares whole texts when an IRI
 * subject contains a space.
 */
final class RdfcLine {
  /** A blank node label and its UTF-8 bytes. */
  record Label(String text, byte[] bytes) {
    static Label of(String text) {
      return new Label(text, text.getBytes(StandardCharsets.UTF_8));
    }
  }

  static final Label A = Label.of("_:a");
  static final Label Z = Label.of("_:z");

  private final RdfcQuad quad;
  private final Label s;
  private final Label o;
  private final Label g;
  private String rest;

  /**
   * @param s the subject's label, or null when the subject is an IRI
   * @param o the object's label, or null when the object is not a blank node
   * @param g the graph name's label, or null when it is not a blank node
   */
  RdfcLine(RdfcQuad quad, Label s, Label o, Label g) {
    this.quad = quad;
    this.s = s;
    this.o = o;
    this.g = g;
  }

  RdfcQuad quad() {
    return quad;
  }

  /** Whether the line has a blank node anywhere. */
  boolean hasBlank() {
    return s != null || o != null || g != null;
  }

  String subjectText() {
    return s != null ? s.text() : quad.head();
  }

  /** The line after its subject (from the space before the predicate to the newline). */
  String rest() {
    if (rest == null) {
      rest = quad.rest(o, g);
    }
    return rest;
  }

  /** The whole line, ending in a newline. */
  String text() {
    return subjectText() + rest();
  }

  void append(StringBuilder out) {
    out.append(subjectText()).append(rest());
  }

  void write(ByteSink out) {
    quad.write(out, s, o, g);
  }

  /** The order of the lines' texts, without building them (see the class comment). */
  static int compare(RdfcLine a, RdfcLine b) {
    String sa = a.subjectText();
    String sb = b.subjectText();
    int c = sa == sb ? 0 : sa.compareTo(sb);
    if (c == 0) {
      return a.rest().compareTo(b.rest());
    }
    int la = sa.length();
    int lb = sb.length();
    if (c == la - lb) {
      // decided by length, unless a character difference happened to equal it: a prefix?
      if (la < lb && sb.startsWith(sa)) {
        return ' ' - sb.charAt(la);
      }
      if (lb < la && sa.startsWith(sb)) {
        return sa.charAt(lb) - ' ';
      }
    }
    return c;
  }

  /** The order of the lines' texts, built and compared whole (for subjects with spaces). */
  static int compareTexts(RdfcLine a, RdfcLine b) {
    return a.text().compareTo(b.text());
  }
}
