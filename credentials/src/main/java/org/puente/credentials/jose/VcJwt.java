package org.puente.credentials.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.did.DidDocumentResolver;
import org.puente.credentials.keys.Signer;

/**
 * Secures a VC 2.0 credential or presentation as a compact JWS (VC-JOSE-COSE §3.1.1 and §3.1.2):
 * header {@code alg}, {@code kid} (the signer's verification method), {@code typ} {@code vc+jwt} or
 * {@code vp+jwt}, {@code cty} {@code vc} or {@code vp}; the payload is the credential JSON itself.
 *
 * @see <a href="https://www.w3.org/TR/vc-jose-cose/#securing-with-jose">VC-JOSE-COSE §3.1</a>
 */
public final class VcJwt {
  /** {@code typ} of a secured credential (media type application/vc+jwt). */
  public static final String CREDENTIAL_TYPE = "vc+jwt";

  /** {@code typ} of a secured presentation (media type application/vp+jwt). */
  public static final String PRESENTATION_TYPE = "vp+jwt";

  private VcJwt() {}

  /**
   * Signs a credential. Its {@code issuer} must be the controller of the signer's verification
   * method, or the result would never verify.
   *
   * @throws CredentialException {@code ISSUER_MISMATCH}, {@code MALFORMED_INPUT}
   */
  public static String signCredential(JsonObject credential, Signer signer)
      throws CredentialException {
    requireController(credential, "issuer", signer, true);
    return sign(credential, signer, CREDENTIAL_TYPE, "vc");
  }

  /**
   * Signs a presentation; its {@code holder}, when present, must be the signer's controller.
   *
   * @throws CredentialException {@code ISSUER_MISMATCH}, {@code MALFORMED_INPUT}
   */
  public static String signPresentation(JsonObject presentation, Signer signer)
      throws CredentialException {
    requireController(presentation, "holder", signer, false);
    return sign(presentation, signer, PRESENTATION_TYPE, "vp");
  }

  private static String sign(JsonObject payload, Signer signer, String typ, String cty) {
    SignerJwsAdapter adapter = new SignerJwsAdapter(signer);
    JWSHeader header =
        new JWSHeader.Builder(adapter.algorithm())
            .type(new JOSEObjectType(typ))
            .contentType(cty)
            .keyID(signer.verificationMethod())
            .build();
    JWSObject jws = new JWSObject(header, new Payload(payload.toString()));
    try {
      jws.sign(adapter);
    } catch (JOSEException e) {
      throw new IllegalStateException("signer failed: " + e.getMessage(), e);
    }
    return jws.serialize();
  }

  private static void requireController(
      JsonObject payload, String member, Signer signer, boolean required)
      throws CredentialException {
    String party = partyId(payload, member, required);
    String controller = DidDocumentResolver.didOf(signer.verificationMethod());
    if (party != null && !party.equals(controller)) {
      throw new CredentialException(
          Code.ISSUER_MISMATCH,
          member + " '" + party + "' is not the signing key's controller '" + controller + "'");
    }
  }

  /** The id of {@code issuer} or {@code holder}: a string, or an object's {@code id}. */
  static String partyId(JsonObject payload, String member, boolean required)
      throws CredentialException {
    JsonValue value = payload.get(member);
    if (value == null && !required) {
      return null;
    }
    if (value instanceof JsonString s) {
      return s.getString();
    }
    if (value instanceof JsonObject o && o.get("id") instanceof JsonString id) {
      return id.getString();
    }
    throw new CredentialException(
        Code.MALFORMED_INPUT, "'" + member + "' must be a URL or an object with an id");
  }
}
