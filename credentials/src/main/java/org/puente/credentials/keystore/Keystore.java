package org.puente.credentials.keystore;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.jsonld.JsonSupport;
import org.puente.credentials.keys.DidKey;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;
import org.puente.credentials.keys.Signer;

/**
 * An immutable set of named keys with one current key per controller DID. {@link #rotate} makes a
 * new current key and retires the previous one; retired keys stay in the DID document's {@code
 * verificationMethod} and {@code assertionMethod} so credentials signed before the rotation still
 * verify. Persist it with {@link KeystoreFile}.
 *
 * <p><b>Warning:</b> retiring is not revoking. A compromised key must be removed from the DID
 * document (and its credentials revoked), not retired.
 */
public final class Keystore {
  private final List<KeyEntry> entries;

  private Keystore(List<KeyEntry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** A keystore with no keys. */
  public static Keystore empty() {
    return new Keystore(List.of());
  }

  static Keystore of(List<KeyEntry> entries) {
    Keystore keystore = empty();
    for (KeyEntry entry : entries) {
      keystore = keystore.with(entry);
    }
    return keystore;
  }

  /** All keys, in the order they were added. */
  public List<KeyEntry> entries() {
    return entries;
  }

  /**
   * Adds {@code key} under {@code name} as the current key of its controller; that controller's
   * previous current key is retired.
   */
  public Keystore add(String name, MultikeyPair key, Clock clock) {
    Instant now = clock.instant();
    List<KeyEntry> next = new ArrayList<>();
    for (KeyEntry entry : entries) {
      if (entry.name().equals(name)) {
        throw new IllegalArgumentException("keystore already has a key named '" + name + "'");
      }
      boolean replaced =
          entry.status() == KeyEntry.Status.CURRENT && entry.controller().equals(key.controller());
      next.add(replaced ? entry.retire(now) : entry);
    }
    next.add(new KeyEntry(name, key, KeyEntry.Status.CURRENT, now, null));
    return new Keystore(next);
  }

  /**
   * Generates a new current key for {@code did}, named and identified {@code did#key-N}, and
   * retires the previous one.
   */
  public Keystore rotate(String did, KeyType type, SecureRandom random, Clock clock) {
    int n = 1 + (int) entries.stream().filter(e -> e.controller().equals(did)).count();
    String vm = did + String.format(Locale.ROOT, "#key-%d", n);
    while (find(vm) != null) {
      vm = did + String.format(Locale.ROOT, "#key-%d", ++n);
    }
    MultikeyPair key = MultikeyPair.generate(type, random).withVerificationMethod(vm);
    return add(vm, key, clock);
  }

  /** The key named {@code name}, current or retired. */
  public KeyEntry entry(String name) throws CredentialException {
    KeyEntry entry = find(name);
    if (entry == null) {
      throw new CredentialException(Code.KEY_NOT_FOUND, "no key named '" + name + "'");
    }
    return entry;
  }

  /** The signer that new credentials of {@code did} use: its current key. */
  public Signer currentSigner(String did) throws CredentialException {
    for (KeyEntry entry : entries) {
      if (entry.controller().equals(did) && entry.status() == KeyEntry.Status.CURRENT) {
        return entry.key();
      }
    }
    throw new CredentialException(Code.KEY_NOT_FOUND, "no current key for " + did);
  }

  /**
   * The DID document section for {@code did}: every key (current and retired) under {@code
   * verificationMethod} and {@code assertionMethod} (current first), the current key alone under
   * {@code authentication}.
   */
  public JsonObject didDocumentSection(String did) throws CredentialException {
    JsonArrayBuilder methods = JsonSupport.PROVIDER.createArrayBuilder();
    JsonArrayBuilder assertion = JsonSupport.PROVIDER.createArrayBuilder();
    JsonArrayBuilder authentication = JsonSupport.PROVIDER.createArrayBuilder();
    List<KeyEntry> ordered = new ArrayList<>();
    currentFirst(did, ordered);
    for (KeyEntry entry : ordered) {
      MultikeyPair key = entry.key();
      methods.add(key.publicKey().toVerificationMethod(key.verificationMethod(), did));
      assertion.add(key.verificationMethod());
      if (entry.status() == KeyEntry.Status.CURRENT) {
        authentication.add(key.verificationMethod());
      }
    }
    return JsonSupport.PROVIDER
        .createObjectBuilder()
        .add("verificationMethod", methods)
        .add("assertionMethod", assertion)
        .add("authentication", authentication)
        .build();
  }

  /** A complete DID document for {@code did} (e.g. to serve at did:web's well-known URL). */
  public JsonObject didDocument(String did) throws CredentialException {
    return JsonSupport.PROVIDER
        .createObjectBuilder()
        .add("@context", DidKey.DOCUMENT_CONTEXT)
        .add("id", did)
        .addAll(JsonSupport.PROVIDER.createObjectBuilder(didDocumentSection(did)))
        .build();
  }

  private void currentFirst(String did, List<KeyEntry> out) throws CredentialException {
    for (KeyEntry.Status status : KeyEntry.Status.values()) {
      for (KeyEntry entry : entries) {
        if (entry.controller().equals(did) && entry.status() == status) {
          out.add(entry);
        }
      }
    }
    if (out.isEmpty()) {
      throw new CredentialException(Code.KEY_NOT_FOUND, "no keys for " + did);
    }
  }

  private Keystore with(KeyEntry entry) {
    if (find(entry.name()) != null) {
      throw new IllegalArgumentException("keystore already has a key named '" + entry.name() + "'");
    }
    boolean secondCurrent =
        entry.status() == KeyEntry.Status.CURRENT
            && entries.stream()
                .anyMatch(
                    e ->
                        e.status() == KeyEntry.Status.CURRENT
                            && e.controller().equals(entry.controller()));
    if (secondCurrent) {
      throw new IllegalArgumentException("two current keys for " + entry.controller());
    }
    List<KeyEntry> next = new ArrayList<>(entries);
    next.add(Objects.requireNonNull(entry));
    return new Keystore(next);
  }

  private KeyEntry find(String name) {
    for (KeyEntry entry : entries) {
      if (entry.name().equals(name)) {
        return entry;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "Keystore[" + entries.size() + " keys]";
  }
}
