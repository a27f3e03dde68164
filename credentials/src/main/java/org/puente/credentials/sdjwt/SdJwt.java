package org.puente.credentials.sdjwt;

import com.authlete.sd.Disclosure;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.jose.SignerJwsAdapter;
import org.puente.credentials.keys.Signer;

/**
 * The SD-JWT compact form (RFC 9901 §4): {@code <issuer-jwt>~<disclosure>~...~<kb-jwt>}, where the
 * Key Binding JWT part is empty when absent.
 *
 * @param issuerJwt the issuer-signed JWT
 * @param disclosures the disclosures, as received
 * @param keyBindingJwt the Key Binding JWT, or null
 */
public record SdJwt(String issuerJwt, List<Disclosure> disclosures, String keyBindingJwt) {
  /** {@code typ} of an SD-JWT VC's issuer-signed JWT (draft-ietf-oauth-sd-jwt-vc §3.2.1). */
  public static final String VC_TYPE = "dc+sd-jwt";

  /** {@code typ} of a Key Binding JWT (RFC 9901 §4.3). */
  public static final String KB_TYPE = "kb+jwt";

  /** The largest SD-JWT accepted, in characters: 1 MiB. */
  public static final int MAX_LENGTH = 1 << 20;

  public SdJwt {
    disclosures = List.copyOf(disclosures);
  }

  /** Parses the compact form (RFC 9901 §4). */
  public static SdJwt parse(String compact) throws CredentialException {
    if (compact == null || compact.length() > MAX_LENGTH) {
      throw new CredentialException(
          compact == null ? Code.MALFORMED_JWT : Code.INPUT_TOO_LARGE,
          "expected an SD-JWT of at most " + MAX_LENGTH + " characters");
    }
    String[] parts = compact.split("~", -1);
    if (parts.length < 2 || parts[0].isEmpty()) {
      throw malformed("an SD-JWT is <issuer-jwt>~[<disclosure>~]*[<kb-jwt>]");
    }
    List<Disclosure> disclosures = new ArrayList<>();
    for (int i = 1; i < parts.length - 1; i++) {
      disclosures.add(parseDisclosure(parts[i]));
    }
    String kb = parts[parts.length - 1];
    return new SdJwt(parts[0], disclosures, kb.isEmpty() ? null : kb);
  }

  private static Disclosure parseDisclosure(String text) throws CredentialException {
    try {
      Disclosure disclosure = Disclosure.parse(text);
      if (disclosure == null) {
        throw malformed("empty disclosure");
      }
      return disclosure;
    } catch (RuntimeException e) {
      throw malformed("disclosure '" + text + "' is not base64url JSON [salt, name, value]");
    }
  }

  /** {@code <issuer-jwt>~<d1>~...~<dn>~}: the part that {@code sd_hash} covers. */
  public String withoutKeyBinding() {
    StringBuilder out = new StringBuilder(issuerJwt).append('~');
    for (Disclosure d : disclosures) {
      out.append(d.getDisclosure()).append('~');
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return withoutKeyBinding() + (keyBindingJwt == null ? "" : keyBindingJwt);
  }

  /** RFC 9901 §4.3.1: base64url(SHA-256(ASCII(presentation without the KB-JWT))). */
  static String sdHash(String withoutKeyBinding) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(withoutKeyBinding.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  /** Signs {@code claims} as a compact JWS with {@code typ} and the signer's {@code kid}. */
  static String signJwt(Map<String, Object> claims, String typ, Signer signer, boolean kid) {
    SignerJwsAdapter adapter = new SignerJwsAdapter(signer);
    JWSHeader.Builder header =
        new JWSHeader.Builder(adapter.algorithm()).type(new JOSEObjectType(typ));
    if (kid) {
      header.keyID(signer.verificationMethod());
    }
    JWSObject jws = new JWSObject(header.build(), new Payload(claims));
    try {
      jws.sign(adapter);
    } catch (JOSEException e) {
      throw new IllegalStateException("signer failed: " + e.getMessage(), e);
    }
    return jws.serialize();
  }

  static CredentialException malformed(String message) {
    return new CredentialException(Code.MALFORMED_JWT, message);
  }
}
