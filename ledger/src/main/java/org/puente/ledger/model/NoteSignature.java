package org.puente.ledger.model;

import java.util.Base64;
import java.util.Objects;

/**
 * One signature line of a C2SP signed note: {@code — <name> base64(keyID || signature)}. For a
 * cosignature (C2SP tlog-cosignature) the signature bytes are {@code u64 timestamp || Ed25519}.
 */
public record NoteSignature(String name, int keyId, byte[] signature) {
  public NoteSignature {
    Notes.requireKeyName(name);
    signature = Objects.requireNonNull(signature, "signature").clone();
  }

  @Override
  public byte[] signature() {
    return signature.clone();
  }

  /** The line as it appears in a note, with its final newline. */
  public String line() {
    byte[] blob = new byte[4 + signature.length];
    blob[0] = (byte) (keyId >>> 24);
    blob[1] = (byte) (keyId >>> 16);
    blob[2] = (byte) (keyId >>> 8);
    blob[3] = (byte) keyId;
    System.arraycopy(signature, 0, blob, 4, signature.length);
    return Notes.SIGNATURE_PREFIX + name + " " + Base64.getEncoder().encodeToString(blob) + "\n";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NoteSignature that
        && name.equals(that.name)
        && keyId == that.keyId
        && java.util.Arrays.equals(signature, that.signature);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, keyId, java.util.Arrays.hashCode(signature));
  }

  @Override
  public String toString() {
    return line().strip();
  }
}
