package org.puente.credentials.jsonld;

import com.apicatalog.rdf.nquads.NQuadsWriter;

/**
 * One quad as a canonical N-Quads line (RDFC-1.0 §4.4.3 step 7 / RDF 1.1 N-Quads §4, the canonical
 * escapes of RDF Dataset Canonicalization): {@code \t \b \n \r \f \" \\}, other control characters
 * and DEL as upper-case {@code \\uXXXX}, everything else as is; IRIs in angle brackets, blank nodes
 * as they are, {@code xsd:string} datatypes omitted.
 *
 * <p>Writes exactly what titanium's {@link NQuadsWriter} writes, without its per-line {@code
 * StringWriter} and per-literal code-point array; literals with a language or direction (rare in
 * credentials) still go through {@link NQuadsWriter}. {@code Rdfc10Test} and the W3C vectors hold
 * it to rdf-canonize's output.
 */
final class NQuadsLine {
  private static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private NQuadsLine() {}

  /** {subject, predicate, object, datatype, language, direction, graph} as one line. */
  static String of(String[] q) {
    if (q[4] != null || q[5] != null) {
      return NQuadsWriter.nquad(q[0], q[1], q[2], q[3], q[4], q[5], q[6]);
    }
    int datatype = q[3] == null ? 0 : q[3].length() + 4;
    int graph = q[6] == null ? 0 : q[6].length() + 3;
    StringBuilder out =
        new StringBuilder(q[0].length() + q[1].length() + q[2].length() + datatype + graph + 24);
    term(out, q[0]).append(' ');
    term(out, q[1]).append(' ');
    object(out, q[2], q[3]);
    out.append(' ');
    if (q[6] != null) {
      term(out, q[6]).append(' ');
    }
    return out.append(".\n").toString();
  }

  /** An IRI or blank node term as it appears in a line. */
  static String term(String term) {
    return term.startsWith("_:") ? term : '<' + term + '>';
  }

  /** The object: a term when {@code datatype} is null, else a literal without language. */
  static void object(StringBuilder out, String object, String datatype) {
    if (datatype != null) {
      literal(out, object, datatype);
    } else {
      term(out, object);
    }
  }

  private static StringBuilder term(StringBuilder out, String term) {
    if (term.startsWith("_:")) {
      return out.append(term);
    }
    return out.append('<').append(term).append('>');
  }

  /** A literal without language or direction, as it appears in a line. */
  static String literal(String value, String datatype) {
    boolean string = XSD_STRING.equals(datatype);
    if (plainLength(value) == value.length()) {
      return string ? '"' + value + '"' : '"' + value + "\"^^<" + datatype + '>';
    }
    StringBuilder out = new StringBuilder(value.length() + datatype.length() + 16);
    literal(out, value, datatype);
    return out.toString();
  }

  private static void literal(StringBuilder out, String value, String datatype) {
    out.append('"');
    escape(out, value);
    out.append('"');
    if (!XSD_STRING.equals(datatype)) {
      out.append("^^");
      term(out, datatype);
    }
  }

  private static void escape(StringBuilder out, String value) {
    if (plainLength(value) == value.length()) {
      out.append(value);
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\f' -> out.append("\\f");
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c <= 0x1f || c == 0x7f) {
            out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
          } else {
            out.append(c);
          }
        }
      }
    }
  }

  /** The length of {@code value}'s prefix that needs no escape. */
  private static int plainLength(String value) {
    int plain = 0;
    while (plain < value.length() && !needsEscape(value.charAt(plain))) {
      plain++;
    }
    return plain;
  }

  private static boolean needsEscape(char c) {
    return c <= 0x1f || c == '"' || c == '\\' || c == 0x7f;
  }
}
