package org.puente.ledger.model;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import org.puente.credentials.CredentialException;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.Multikey;
import org.puente.ledger.LedgerException;
import org.puente.ledger.LedgerException.Code;

/**
 * A note verifier key in the C2SP signed-note {@code vkey} form, {@code <name>+<hex key
 * ID>+<base64(type || public key)>}: type 0x01 verifies Ed25519 note signatures (a log's
 * checkpoints), type 0x04 verifies C2SP tlog-cosignature/v1 cosignatures (a witness).
 */
public record VerifierKey(String name, byte type, byte[] publicKey) {
  public VerifierKey {
    Notes.requireKeyName(name);
    if (type != DomainSeparation.ED25519_NOTE && type != DomainSeparation.ED25519_COSIGNATURE) {
      throw new IllegalArgumentException("unsupported signature type " + type);
    }
    if (Objects.requireNonNull(publicKey, "publicKey").length != 32) {
      throw new IllegalArgumentException("Ed25519 key must be 32 bytes: " + publicKey.length);
    }
    publicKey = publicKey.clone();
  }

  /** The verifier key of a log's Ed25519 key (note signatures, type 0x01). */
  public static VerifierKey forLog(String name, Multikey key) {
    return new VerifierKey(name, DomainSeparation.ED25519_NOTE, ed25519(key));
  }

  /** The verifier key of a witness's Ed25519 key (cosignature/v1, type 0x04). */
  public static VerifierKey forWitness(String name, Multikey key) {
    return new VerifierKey(name, DomainSeparation.ED25519_COSIGNATURE, ed25519(key));
  }

  private static byte[] ed25519(Multikey key) {
    if (key.type() != KeyType.ED25519) {
      throw new IllegalArgumentException("signed notes use Ed25519 keys, found " + key.type());
    }
    return key.publicKey();
  }

  @Override
  public byte[] publicKey() {
    return publicKey.clone();
  }

  /** C2SP signed-note key ID: SHA-256(name || 0x0A || type || key)[:4]. */
  public int keyId() {
    return DomainSeparation.keyId(name, type, publicKey);
  }

  /** True for a witness (cosignature/v1) key. */
  public boolean isCosigner() {
    return type == DomainSeparation.ED25519_COSIGNATURE;
  }

  /** The vkey string. */
  public String encode() {
    byte[] material = new byte[33];
    material[0] = type;
    System.arraycopy(publicKey, 0, material, 1, 32);
    return name
        + "+"
        + String.format(Locale.ROOT, "%08x", keyId())
        + "+"
        + Base64.getEncoder().encodeToString(material);
  }

  /** Parses a vkey; the key ID must match the name and key. */
  public static VerifierKey parse(String vkey) throws LedgerException {
    String[] parts =
        vkey == null || vkey.length() > 1024 ? new String[0] : vkey.strip().split("\\+", 3);
    if (parts.length != 3 || parts[1].length() != 8 || !Notes.isKeyName(parts[0])) {
      throw invalid("expected <name>+<8 hex digits>+<base64 key>, found '" + vkey + "'");
    }
    try {
      byte[] material = Base64.getDecoder().decode(parts[2]);
      if (material.length != 33) {
        throw invalid(
            "key material must be a type byte and 32 key bytes, found " + material.length);
      }
      VerifierKey key = new VerifierKey(parts[0], material[0], Arrays.copyOfRange(material, 1, 33));
      int claimed = HexFormat.fromHexDigits(parts[1]);
      if (claimed != key.keyId()) {
        throw invalid(
            String.format(
                Locale.ROOT, "key ID %s does not match the key (%08x)", parts[1], key.keyId()));
      }
      return key;
    } catch (IllegalArgumentException e) {
      throw invalid("'" + vkey + "': " + e.getMessage());
    }
  }

  /**
   * Verifies this key's signature on a note and returns it; for a cosigner key, returns the
   * cosignature's timestamp through {@link NoteSignature#signature()} (first 8 bytes).
   *
   * @throws LedgerException {@link Code#UNKNOWN_SIGNER} if no line carries this name and key ID,
   *     {@link Code#INVALID_SIGNATURE} if the line does not verify
   */
  public NoteSignature verify(SignedNote note) throws LedgerException {
    for (NoteSignature line : note.signatures()) {
      if (line.name().equals(name) && line.keyId() == keyId()) {
        checkSignature(note.text(), line.signature());
        return line;
      }
    }
    throw new LedgerException(
        Code.UNKNOWN_SIGNER,
        String.format(Locale.ROOT, "the note has no signature by %s (key ID %08x)", name, keyId()));
  }

  private void checkSignature(String text, byte[] signature) throws LedgerException {
    byte[] message;
    byte[] ed25519;
    if (isCosigner()) {
      if (signature.length != 8 + 64) {
        throw badSignature("a cosignature is 8 + 64 bytes, found " + signature.length);
      }
      long timestamp = java.nio.ByteBuffer.wrap(signature, 0, 8).getLong();
      if (timestamp < 0) {
        throw badSignature("cosignature timestamp exceeds 2^63 - 1");
      }
      message = DomainSeparation.cosignedMessage(timestamp, text);
      ed25519 = Arrays.copyOfRange(signature, 8, 72);
    } else {
      message = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      ed25519 = signature;
    }
    try {
      new Multikey(KeyType.ED25519, publicKey).verify(message, ed25519);
    } catch (CredentialException e) {
      throw badSignature(e.getMessage());
    }
  }

  private LedgerException badSignature(String why) {
    return new LedgerException(Code.INVALID_SIGNATURE, "signature by " + name + ": " + why);
  }

  private static LedgerException invalid(String message) {
    return new LedgerException(Code.INVALID_KEY, "verifier key: " + message);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof VerifierKey that
        && name.equals(that.name)
        && type == that.type
        && Arrays.equals(publicKey, that.publicKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, Arrays.hashCode(publicKey));
  }

  @Override
  public String toString() {
    return encode();
  }
}
