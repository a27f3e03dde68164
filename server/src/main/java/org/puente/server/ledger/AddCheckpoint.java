package org.puente.server.ledger;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.puente.ledger.model.ConsistencyProof;
import org.puente.ledger.model.Hash;

/**
 * The body of a C2SP tlog-witness {@code add-checkpoint} request: {@code old <size>}, up to 63
 * base64 consistency proof lines, an empty line, then the signed checkpoint.
 *
 * @param oldSize the size of the checkpoint the client believes the witness last cosigned
 * @param proof RFC 9162 §2.1.4 consistency proof hashes from {@code oldSize} to the checkpoint
 * @param checkpoint the signed checkpoint (a C2SP signed note)
 */
public record AddCheckpoint(long oldSize, List<Hash> proof, String checkpoint) {
  /** tlog-witness: "The client MUST NOT send more than 63 consistency proof lines." */
  public static final int MAX_PROOF_LINES = 63;

  public AddCheckpoint {
    if (oldSize < 0) {
      throw new IllegalArgumentException("old size must be >= 0: " + oldSize);
    }
    proof = List.copyOf(proof);
    if (proof.size() > MAX_PROOF_LINES) {
      throw new IllegalArgumentException("more than 63 consistency proof lines");
    }
    Objects.requireNonNull(checkpoint, "checkpoint");
  }

  /** The request body as tlog-witness writes it. */
  public String format() {
    StringBuilder out = new StringBuilder("old ").append(oldSize).append('\n');
    proof.forEach(h -> out.append(h.base64()).append('\n'));
    return out.append('\n').append(checkpoint).toString();
  }

  /** The proof as the ledger's value, from {@code oldSize} to {@code newSize}. */
  public ConsistencyProof consistencyProof(long newSize) {
    return new ConsistencyProof(oldSize, newSize, proof);
  }

  /** Parses a request body; refuses anything outside the tlog-witness form (400). */
  public static AddCheckpoint parse(byte[] body) throws LogRejection {
    String text = new String(body, StandardCharsets.UTF_8);
    int end = text.indexOf('\n');
    if (end < 0 || !text.startsWith("old ")) {
      throw bad("the body must start with an 'old <size>' line");
    }
    long oldSize = parseSize(text.substring(4, end));
    List<Hash> proof = new ArrayList<>();
    int at = end + 1;
    while (true) {
      int next = text.indexOf('\n', at);
      if (next < 0) {
        throw bad("no empty line between the consistency proof and the checkpoint");
      }
      if (next == at) {
        at = next + 1;
        break;
      }
      if (proof.size() == MAX_PROOF_LINES) {
        throw bad("more than 63 consistency proof lines");
      }
      proof.add(parseHash(text.substring(at, next)));
      at = next + 1;
    }
    return new AddCheckpoint(oldSize, proof, text.substring(at));
  }

  private static long parseSize(String digits) throws LogRejection {
    if (!digits.matches("0|[1-9][0-9]{0,18}")) {
      throw bad("old size must be a decimal without leading zeroes, found '" + digits + "'");
    }
    return Long.parseLong(digits);
  }

  private static Hash parseHash(String line) throws LogRejection {
    try {
      byte[] bytes = Base64.getDecoder().decode(line);
      if (bytes.length != Hash.SIZE) {
        throw bad("a consistency proof line must be the base64 of 32 bytes: '" + line + "'");
      }
      return new Hash(bytes);
    } catch (IllegalArgumentException e) {
      throw bad("a consistency proof line is not base64: '" + line + "'");
    }
  }

  private static LogRejection bad(String why) {
    return new LogRejection(400, "malformed-add-checkpoint", why);
  }
}
