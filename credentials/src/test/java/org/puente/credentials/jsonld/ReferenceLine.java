package org.puente.credentials.jsonld;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The canonical N-Quads line of a {@link ReferenceQuad} with the given labels at its blank nodes:
 * built at most once with one exact-size concatenation, compared as text (the JDK's vectorised
 * {@link String#compareTo}) and hashed from the quad's pre-encoded parts without a per-line byte
 * array.
 */
final class ReferenceLine implements Comparable<ReferenceLine> {
  static final String A = "_:a";
  static final String Z = "_:z";
  private static final byte[] A_BYTES = {'_', ':', 'a'};
  private static final byte[] Z_BYTES = {'_', ':', 'z'};
  private static final byte[] SPACE = {' '};
  private static final byte[] END_BYTES = ReferenceQuad.END.getBytes(StandardCharsets.US_ASCII);

  private final ReferenceQuad quad;
  private final String s;
  private final String o;
  private final String g;
  private String text;

  /**
   * @param s the subject's label, or null when the subject is an IRI
   * @param o the object's label, or null when the object is not a blank node
   * @param g the graph name's label, or null when it is not a blank node
   */
  ReferenceLine(ReferenceQuad quad, String s, String o, String g) {
    this.quad = quad;
    this.s = s;
    this.o = o;
    this.g = g;
  }

  /** The line, ending in a newline (built when first asked: a lone line is never compared). */
  String text() {
    if (text == null) {
      String subject = s != null ? s : quad.head();
      String object = o != null ? o : "";
      text =
          g != null
              ? subject + quad.middle() + object + ' ' + g + ReferenceQuad.END
              : subject + quad.middle() + object + quad.tail();
    }
    return text;
  }

  /** Feeds the line's UTF-8 bytes to {@code digest}. */
  void hash(MessageDigest digest) {
    digest.update(s == null ? quad.bytes(0) : label(s));
    digest.update(quad.bytes(1));
    if (o != null) {
      digest.update(label(o));
    }
    if (g != null) {
      digest.update(SPACE);
      digest.update(label(g));
      digest.update(END_BYTES);
    } else {
      digest.update(quad.bytes(2));
    }
  }

  private static byte[] label(String label) {
    if (label.equals(A)) {
      return A_BYTES;
    }
    return label.equals(Z) ? Z_BYTES : label.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public int compareTo(ReferenceLine other) {
    return text().compareTo(other.text());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReferenceLine line && line.text().equals(text());
  }

  @Override
  public int hashCode() {
    return text().hashCode();
  }
}
