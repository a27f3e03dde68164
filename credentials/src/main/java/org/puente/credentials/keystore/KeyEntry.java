package org.puente.credentials.keystore;

import java.time.Instant;
import java.util.Objects;
import org.puente.credentials.keys.MultikeyPair;

/**
 * One key in a {@link Keystore}.
 *
 * @param name unique name in the keystore (the verification method id for rotated DID keys)
 * @param key the key pair; its verification method names its controller DID
 * @param status whether it signs new credentials or only verifies old ones
 * @param created when it was added
 * @param retired when it stopped being current, or null while current
 */
public record KeyEntry(
    String name, MultikeyPair key, Status status, Instant created, Instant retired) {

  /** A key's place in its DID's rotation. */
  public enum Status {
    /** Signs new credentials; listed under assertionMethod and authentication. */
    CURRENT,
    /** Signs nothing new; still listed under assertionMethod so its signatures verify. */
    RETIRED
  }

  public KeyEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(created, "created");
    if (name.isBlank()) {
      throw new IllegalArgumentException("key name must not be blank");
    }
    if ((status == Status.RETIRED) != (retired != null)) {
      throw new IllegalArgumentException(
          "retired time must be set exactly when status is RETIRED: " + status + ", " + retired);
    }
  }

  /** The DID that controls this key. */
  public String controller() {
    return key.controller();
  }

  KeyEntry retire(Instant at) {
    return new KeyEntry(name, key, Status.RETIRED, created, at);
  }
}
