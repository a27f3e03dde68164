package org.puente.ledger.model;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.Signer;

/**
 * Signs notes under a key name with an Ed25519 {@link Signer}: as a log (C2SP signed-note, type
 * 0x01) or as a witness (C2SP tlog-cosignature/v1, type 0x04).
 */
public final class NoteSigner {
  private final Signer signer;
  private final VerifierKey verifierKey;

  private NoteSigner(Signer signer, VerifierKey verifierKey) {
    this.signer = signer;
    this.verifierKey = verifierKey;
  }

  /** A log's signer: its note signatures verify with {@link #verifierKey()} (type 0x01). */
  public static NoteSigner log(String name, Signer signer) {
    requireEd25519(signer);
    return new NoteSigner(signer, VerifierKey.forLog(name, signer.publicKey()));
  }

  /** A witness's cosigner (type 0x04). */
  public static NoteSigner cosigner(String name, Signer signer) {
    requireEd25519(signer);
    return new NoteSigner(signer, VerifierKey.forWitness(name, signer.publicKey()));
  }

  private static void requireEd25519(Signer signer) {
    if (Objects.requireNonNull(signer, "signer").publicKey().type() != KeyType.ED25519) {
      throw new IllegalArgumentException(
          "signed notes need an Ed25519 key, found " + signer.publicKey().type());
    }
  }

  /** The key that verifies this signer's lines. */
  public VerifierKey verifierKey() {
    return verifierKey;
  }

  /** The key name. */
  public String name() {
    return verifierKey.name();
  }

  /** C2SP signed-note: an Ed25519 signature over the note text. */
  public SignedNote sign(String text) {
    if (verifierKey.isCosigner()) {
      throw new IllegalStateException("a cosigner signs with cosign(), not sign()");
    }
    byte[] signature = signer.sign(text.getBytes(StandardCharsets.UTF_8));
    return new SignedNote(
        text, java.util.List.of(new NoteSignature(name(), verifierKey.keyId(), signature)));
  }

  /** C2SP tlog-cosignature/v1: {@code timestamp || Ed25519(cosigned message)} on a checkpoint. */
  public NoteSignature cosign(String checkpointBody, long timestamp) {
    if (!verifierKey.isCosigner()) {
      throw new IllegalStateException("a log key signs with sign(), not cosign()");
    }
    byte[] signature = signer.sign(DomainSeparation.cosignedMessage(timestamp, checkpointBody));
    byte[] blob =
        ByteBuffer.allocate(8 + signature.length).putLong(timestamp).put(signature).array();
    return new NoteSignature(name(), verifierKey.keyId(), blob);
  }
}
