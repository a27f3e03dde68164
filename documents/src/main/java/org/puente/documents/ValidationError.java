package org.puente.documents;

import java.util.Objects;

/**
 * One problem found in a document: where (a JSON Pointer or an XPath-like path), which rule (a
 * stable code such as {@code VIN_CHECK_DIGIT}) and what, in English and in Spanish.
 *
 * @param path where the problem is, e.g. {@code /goodsItems/0/hs6}
 * @param code the stable rule code
 * @param en the message in English
 * @param es the message in Spanish
 */
public record ValidationError(String path, String code, String en, String es) {
  public ValidationError {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(en, "en");
    Objects.requireNonNull(es, "es");
  }

  /** The same error moved under a parent path. */
  public ValidationError under(String parent) {
    return new ValidationError(parent + path, code, en, es);
  }
}
