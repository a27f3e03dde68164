package org.puente.credentials.di;

import java.util.Objects;

/**
 * The intermediate values of the {@code *-rdfc-*} suites: canonical N-Quads of the proof
 * configuration and of the document, their hashes, and the data that is signed (vc-di-eddsa §3.2.4
 * Hashing: {@code proofConfigHash || transformedDocumentHash}).
 *
 * @param canonicalProofConfig RDFC-1.0 N-Quads of the proof configuration
 * @param canonicalDocument RDFC-1.0 N-Quads of the document without its proof
 * @param proofHash hash of {@code canonicalProofConfig}
 * @param documentHash hash of {@code canonicalDocument}
 */
public record SigningInput(
    String canonicalProofConfig, String canonicalDocument, byte[] proofHash, byte[] documentHash) {
  public SigningInput {
    Objects.requireNonNull(canonicalProofConfig, "canonicalProofConfig");
    Objects.requireNonNull(canonicalDocument, "canonicalDocument");
    proofHash = proofHash.clone();
    documentHash = documentHash.clone();
  }

  @Override
  public byte[] proofHash() {
    return proofHash.clone();
  }

  @Override
  public byte[] documentHash() {
    return documentHash.clone();
  }

  /** {@code proofHash || documentHash}: the bytes that are signed. */
  public byte[] hashData() {
    byte[] out = new byte[proofHash.length + documentHash.length];
    System.arraycopy(proofHash, 0, out, 0, proofHash.length);
    System.arraycopy(documentHash, 0, out, proofHash.length, documentHash.length);
    return out;
  }
}
