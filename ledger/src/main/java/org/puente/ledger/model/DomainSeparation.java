package org.puente.ledger.model;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Every byte-exact hashing and signing input of the log, in one place, so that the prefixes that
 * keep one kind of input from being mistaken for another are visible together:
 *
 * <ul>
 *   <li>RFC 9162 §2.1.1: leaf hash {@code SHA-256(0x00 || entry)}, node hash {@code SHA-256(0x01 ||
 *       left || right)}, empty tree {@code SHA-256()}.
 *   <li>C2SP signed-note: key ID {@code SHA-256(name || 0x0A || type || key)[:4]}, type 0x01 for
 *       Ed25519 note signatures; C2SP tlog-cosignature: type 0x04 for Ed25519 cosignatures.
 *   <li>C2SP tlog-cosignature "Ed25519 signed message": {@code "cosignature/v1\n" || "time " ||
 *       decimal || "\n" || checkpoint body}.
 *   <li>C2SP tlog-tiles entry bundles: each entry prefixed by its big-endian uint16 length.
 * </ul>
 */
public final class DomainSeparation {
  /** RFC 9162 §2.1.1 leaf prefix. */
  public static final byte LEAF_PREFIX = 0x00;

  /** RFC 9162 §2.1.1 interior node prefix. */
  public static final byte NODE_PREFIX = 0x01;

  /** C2SP signed-note signature type of Ed25519 note signatures. */
  public static final byte ED25519_NOTE = 0x01;

  /** C2SP tlog-cosignature signature type of Ed25519 cosignatures (cosignature/v1). */
  public static final byte ED25519_COSIGNATURE = 0x04;

  /** Largest entry that a uint16 length prefix can carry (C2SP tlog-tiles entry bundles). */
  public static final int MAX_ENTRY = 0xFFFF;

  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(DomainSeparation::newSha256);

  private DomainSeparation() {}

  /** RFC 9162 §2.1.1: MTH({}) = SHA-256(). */
  public static Hash emptyRoot() {
    return new Hash(sha256().digest());
  }

  /** RFC 9162 §2.1.1: MTH({d(0)}) = SHA-256(0x00 || d(0)). */
  public static Hash leafHash(byte[] entry) {
    MessageDigest digest = sha256();
    digest.update(LEAF_PREFIX);
    digest.update(entry);
    return new Hash(digest.digest());
  }

  /** RFC 9162 §2.1.1: SHA-256(0x01 || left || right). */
  public static Hash nodeHash(Hash left, Hash right) {
    MessageDigest digest = sha256();
    digest.update(NODE_PREFIX);
    digest.update(left.bytes());
    digest.update(right.bytes());
    return new Hash(digest.digest());
  }

  /** C2SP signed-note §"Signature types": key ID = SHA-256(name || 0x0A || type || key)[:4]. */
  public static int keyId(String name, byte type, byte[] publicKey) {
    MessageDigest digest = sha256();
    digest.update(name.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0x0A);
    digest.update(type);
    digest.update(publicKey);
    byte[] h = digest.digest();
    return ((h[0] & 0xff) << 24) | ((h[1] & 0xff) << 16) | ((h[2] & 0xff) << 8) | (h[3] & 0xff);
  }

  /** C2SP tlog-cosignature "Ed25519 signed message" for a checkpoint body at a POSIX time. */
  public static byte[] cosignedMessage(long timestamp, String checkpointBody) {
    if (timestamp < 0) {
      throw new IllegalArgumentException("cosignature timestamp must be >= 0: " + timestamp);
    }
    String message = "cosignature/v1\ntime " + timestamp + "\n" + checkpointBody;
    return message.getBytes(StandardCharsets.UTF_8);
  }

  /** C2SP tlog-tiles: appends one entry with its big-endian uint16 length prefix. */
  public static void appendBundleEntry(ByteArrayOutputStream bundle, byte[] entry) {
    if (entry.length > MAX_ENTRY) {
      throw new IllegalArgumentException(
          "entry of " + entry.length + " bytes exceeds the uint16 limit " + MAX_ENTRY);
    }
    bundle.write(entry.length >>> 8);
    bundle.write(entry.length & 0xff);
    bundle.write(entry, 0, entry.length);
  }

  private static MessageDigest sha256() {
    MessageDigest digest = SHA256.get();
    digest.reset();
    return digest;
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
