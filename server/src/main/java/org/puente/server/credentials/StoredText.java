package org.puente.server.credentials;

/** Size and shape checks shared by the stored records. */
final class StoredText {
  /** The largest serialized credential or report the store keeps (1 MiB of characters). */
  static final int MAX_CONTENT = 1 << 20;

  private StoredText() {}

  static void requireId(String value, String name) {
    if (value == null || value.isBlank() || value.length() > 2048) {
      throw new IllegalArgumentException(name + " must be 1-2048 characters, found " + value);
    }
  }

  static void requireContent(String content) {
    if (content == null || content.isEmpty() || content.length() > MAX_CONTENT) {
      throw new IllegalArgumentException(
          "content must be 1-"
              + MAX_CONTENT
              + " characters, found "
              + (content == null ? "null" : content.length()));
    }
  }
}
