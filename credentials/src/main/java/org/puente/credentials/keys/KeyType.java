package org.puente.credentials.keys;

import java.util.Locale;

/**
 * The key types Puente signs and verifies with, with their multicodec codes (multiformats
 * multicodec table) and JOSE names.
 */
public enum KeyType {
  /** Ed25519 (RFC 8032): 32-byte public keys, 32-byte secret seeds, 64-byte signatures. */
  ED25519("ed25519", 0xed, 0x1300, 32, 32, "OKP", "Ed25519", "EdDSA", "SHA-256"),
  /** ECDSA on NIST P-256 with SHA-256: 33-byte compressed public keys, 64-byte r||s signatures. */
  P256("p256", 0x1200, 0x1306, 33, 32, "EC", "P-256", "ES256", "SHA-256"),
  /** ECDSA on NIST P-384 with SHA-384: 49-byte compressed public keys, 96-byte r||s signatures. */
  P384("p384", 0x1201, 0x1307, 49, 48, "EC", "P-384", "ES384", "SHA-384");

  private final String cliName;
  private final int publicCodec;
  private final int secretCodec;
  private final int publicLength;
  private final int secretLength;
  private final String jwkKty;
  private final String jwkCrv;
  private final String joseAlg;
  private final String hashAlgorithm;

  KeyType(
      String cliName,
      int publicCodec,
      int secretCodec,
      int publicLength,
      int secretLength,
      String jwkKty,
      String jwkCrv,
      String joseAlg,
      String hashAlgorithm) {
    this.cliName = cliName;
    this.publicCodec = publicCodec;
    this.secretCodec = secretCodec;
    this.publicLength = publicLength;
    this.secretLength = secretLength;
    this.jwkKty = jwkKty;
    this.jwkCrv = jwkCrv;
    this.joseAlg = joseAlg;
    this.hashAlgorithm = hashAlgorithm;
  }

  /** The name used on the command line: {@code ed25519}, {@code p256}, {@code p384}. */
  public String cliName() {
    return cliName;
  }

  /**
   * Multicodec code of the public key ({@code ed25519-pub}, {@code p256-pub}, {@code p384-pub}).
   */
  public int publicCodec() {
    return publicCodec;
  }

  /** Multicodec code of the secret key ({@code ed25519-priv}, {@code p256-priv}, ...). */
  public int secretCodec() {
    return secretCodec;
  }

  /** Length in bytes of the raw (Ed25519) or compressed (ECDSA) public key. */
  public int publicLength() {
    return publicLength;
  }

  /** Length in bytes of the secret seed (Ed25519) or scalar (ECDSA). */
  public int secretLength() {
    return secretLength;
  }

  /** JWK {@code kty}. */
  public String jwkKty() {
    return jwkKty;
  }

  /** JWK {@code crv}. */
  public String jwkCrv() {
    return jwkCrv;
  }

  /** JOSE {@code alg} for this key type. */
  public String joseAlg() {
    return joseAlg;
  }

  /**
   * The hash this key type pairs with in Data Integrity suites: SHA-256, or SHA-384 for P-384
   * (vc-di-ecdsa §3.3: P-384 uses SHA-384 everywhere, including inside RDFC-1.0).
   */
  public String hashAlgorithm() {
    return hashAlgorithm;
  }

  /** The key type for a command-line name, case-insensitive; unchecked on an unknown name. */
  public static KeyType fromCliName(String name) {
    String wanted = name.toLowerCase(Locale.ROOT).replace("-", "");
    for (KeyType type : values()) {
      if (type.cliName.equals(wanted)) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "unknown key type '" + name + "': expected ed25519, p256 or p384");
  }
}
