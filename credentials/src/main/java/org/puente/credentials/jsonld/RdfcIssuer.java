package org.puente.credentials.jsonld;

import java.util.LinkedHashMap;

/**
 * RDFC-1.0 §4.5 Issue Identifier: a prefix, a counter and the ids issued, in issue order (the order
 * {@link Rdfc10} relies on when it copies an issuer's ids into the canonical one).
 */
final class RdfcIssuer {
  private final String prefix;
  LinkedHashMap<String, String> issued = new LinkedHashMap<>();

  RdfcIssuer(String prefix) {
    this.prefix = prefix;
  }

  boolean has(String blank) {
    return issued.containsKey(blank);
  }

  String get(String blank) {
    return issued.get(blank);
  }

  String issue(String blank) {
    return issued.computeIfAbsent(blank, k -> prefix + issued.size());
  }

  RdfcIssuer copy() {
    RdfcIssuer copy = new RdfcIssuer(prefix);
    copy.issued = new LinkedHashMap<>(issued);
    return copy;
  }

  void replaceWith(RdfcIssuer other) {
    issued = new LinkedHashMap<>(other.issued);
  }
}
