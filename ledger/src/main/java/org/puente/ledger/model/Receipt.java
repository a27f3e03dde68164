package org.puente.ledger.model;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.puente.credentials.jsonld.JsonSupport;
import org.puente.ledger.LedgerException;
import org.puente.ledger.LedgerException.Code;

/**
 * Evidence that an entry is in a log, small enough to hand to a trader or an officer: the entry,
 * its RFC 9162 §2.1.3 inclusion proof, and a checkpoint signed by the log (with any witness
 * cosignatures). Anyone with the log's verifier key checks it offline with {@link #verify}.
 *
 * <p>JSON form: {@code {"type":"puente-log-receipt/v1","index":n,"treeSize":n,"entry":base64,
 * "inclusionProof":[base64...],"checkpoint":"<signed note>"}}.
 */
public record Receipt(byte[] entry, InclusionProof proof, String signedCheckpoint) {
  /** The JSON {@code type} of a receipt. */
  public static final String TYPE = "puente-log-receipt/v1";

  private static final int MAX_RECEIPT = 256 * 1024;

  public Receipt {
    entry = Objects.requireNonNull(entry, "entry").clone();
    Objects.requireNonNull(proof, "proof");
    Objects.requireNonNull(signedCheckpoint, "signedCheckpoint");
  }

  @Override
  public byte[] entry() {
    return entry.clone();
  }

  /**
   * Verifies the receipt: the checkpoint's signature by {@code logKey} (a Puente log names its key
   * after its origin), the tree size, and the inclusion proof of the entry's leaf hash.
   *
   * @return the checkpoint that the entry is proven in
   */
  public Checkpoint verify(VerifierKey logKey) throws LedgerException {
    Checkpoint checkpoint =
        Checkpoint.open(SignedNote.parse(signedCheckpoint), logKey, logKey.name());
    if (checkpoint.size() != proof.treeSize()) {
      throw new LedgerException(
          Code.INCLUSION_PROOF_FAILED,
          "proof is for tree size "
              + proof.treeSize()
              + ", the checkpoint has "
              + checkpoint.size());
    }
    MerkleTree.verifyInclusion(proof, DomainSeparation.leafHash(entry), checkpoint.rootHash());
    return checkpoint;
  }

  /** The JSON form. */
  public String toJson() {
    Base64.Encoder b64 = Base64.getEncoder();
    JsonArrayBuilder path = JsonSupport.PROVIDER.createArrayBuilder();
    proof.path().forEach(h -> path.add(h.base64()));
    return JsonSupport.PROVIDER
        .createObjectBuilder()
        .add("type", TYPE)
        .add("index", proof.index())
        .add("treeSize", proof.treeSize())
        .add("entry", b64.encodeToString(entry))
        .add("inclusionProof", path)
        .add("checkpoint", signedCheckpoint)
        .build()
        .toString();
  }

  /** Parses the JSON form (at most 256 KiB); does not verify it. */
  public static Receipt parse(String json) throws LedgerException {
    if (json == null || json.length() > MAX_RECEIPT) {
      throw new LedgerException(Code.INPUT_TOO_LARGE, "a receipt is at most 256 KiB");
    }
    try (var reader = JsonSupport.PROVIDER.createReader(new StringReader(json))) {
      JsonObject o = reader.readObject();
      if (!TYPE.equals(o.getString("type", null))) {
        throw Notes.malformed("receipt type must be '" + TYPE + "'");
      }
      List<Hash> path = new ArrayList<>();
      for (JsonString h : o.getJsonArray("inclusionProof").getValuesAs(JsonString.class)) {
        path.add(new Hash(Base64.getDecoder().decode(h.getString())));
      }
      InclusionProof proof =
          new InclusionProof(
              o.getJsonNumber("index").longValueExact(),
              o.getJsonNumber("treeSize").longValueExact(),
              path);
      byte[] entry = Base64.getDecoder().decode(o.getString("entry"));
      return new Receipt(entry, proof, o.getString("checkpoint"));
    } catch (JsonException
        | ClassCastException
        | NullPointerException
        | ArithmeticException
        | IllegalArgumentException e) {
      throw Notes.malformed("not a Puente log receipt: " + e.getMessage());
    }
  }
}
