package org.puente.credentials.jsonld;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fresh {@link MessageDigest}s cloned from one prototype per algorithm: {@link
 * MessageDigest#getInstance} walks the provider list on every call, twice per canonicalisation.
 */
final class Digests {
  private static final int MAX_ALGORITHMS = 16;
  private static final Map<String, MessageDigest> PROTOTYPES = new ConcurrentHashMap<>();

  private Digests() {}

  /**
   * A new digest for {@code algorithm} (a JCA name).
   *
   * @throws IllegalArgumentException when the JDK has no such algorithm
   */
  static MessageDigest of(String algorithm) {
    MessageDigest prototype = PROTOTYPES.get(algorithm);
    try {
      if (prototype == null) {
        prototype = MessageDigest.getInstance(algorithm);
        if (PROTOTYPES.size() < MAX_ALGORITHMS) {
          PROTOTYPES.putIfAbsent(algorithm, prototype);
        }
      }
      return (MessageDigest) prototype.clone();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalArgumentException("unknown hash " + algorithm, e);
    } catch (CloneNotSupportedException e) {
      try {
        return MessageDigest.getInstance(algorithm);
      } catch (NoSuchAlgorithmException impossible) {
        throw new IllegalArgumentException("unknown hash " + algorithm, impossible);
      }
    }
  }
}
