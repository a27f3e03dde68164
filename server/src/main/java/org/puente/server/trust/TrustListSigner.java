package org.puente.server.trust;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.text.ParseException;
import java.util.Set;
import org.puente.credentials.jsonld.JsonSupport;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.Multikey;
import org.puente.credentials.keys.MultikeyPair;
import org.puente.server.api.NodeException;

/**
 * Signs and verifies trust lists as compact JWS (RFC 7515 §7.1): header {@code {"alg":"EdDSA",
 * "kid":<the node's Ed25519 verification method>, "typ":"puente-trust-list+jws", "cty":"json"}},
 * payload the {@link TrustList} JSON, signature Ed25519 (RFC 8037 §3.1) by the node's assertion
 * key. Relying parties resolve {@code kid} in the issuer's DID document.
 */
public final class TrustListSigner {
  /** The JOSE {@code typ} of a trust list. */
  public static final JOSEObjectType TYPE = new JOSEObjectType("puente-trust-list+jws");

  private TrustListSigner() {}

  /** Signs {@code list} with {@code key} (an Ed25519 key bound to the node's DID). */
  public static String sign(TrustList list, MultikeyPair key) {
    if (key.publicKey().type() != KeyType.ED25519) {
      throw new IllegalArgumentException(
          "trust lists are signed with Ed25519, not " + key.publicKey().type());
    }
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.EdDSA)
            .keyID(key.verificationMethod())
            .type(TYPE)
            .contentType("json")
            .build();
    JWSObject jws = new JWSObject(header, new Payload(list.toJson().toString()));
    try {
      jws.sign(new MultikeySigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("Ed25519 signing failed", e);
    }
    return jws.serialize();
  }

  /**
   * Verifies a compact JWS trust list against the issuer's Ed25519 key and returns its payload.
   *
   * @throws NodeException if the JWS is malformed, not signed by {@code key}, or not a trust list
   */
  public static TrustList verify(String compact, Multikey key, String expectedKid)
      throws NodeException {
    JWSObject jws;
    try {
      jws = JWSObject.parse(compact);
    } catch (ParseException e) {
      throw new NodeException(
          NodeException.Code.INVALID_TRUST_LIST, "not a compact JWS: " + e.getMessage());
    }
    JWSHeader header = jws.getHeader();
    if (!JWSAlgorithm.EdDSA.equals(header.getAlgorithm()) || !TYPE.equals(header.getType())) {
      throw new NodeException(
          NodeException.Code.INVALID_TRUST_LIST,
          "expected alg EdDSA and typ "
              + TYPE
              + ", found "
              + header.getAlgorithm()
              + " / "
              + header.getType());
    }
    if (!expectedKid.equals(header.getKeyID())) {
      throw new NodeException(
          NodeException.Code.INVALID_TRUST_LIST,
          "expected kid " + expectedKid + ", found " + header.getKeyID());
    }
    try {
      OctetKeyPair jwk =
          new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(key.publicKey())).build();
      if (!jws.verify(new Ed25519Verifier(jwk))) {
        throw new NodeException(
            NodeException.Code.INVALID_TRUST_LIST,
            "the trust list signature does not verify with " + expectedKid);
      }
    } catch (JOSEException e) {
      throw new NodeException(
          NodeException.Code.INVALID_TRUST_LIST, "cannot verify: " + e.getMessage());
    }
    try (JsonReader reader =
        JsonSupport.PROVIDER.createReader(new StringReader(jws.getPayload().toString()))) {
      return TrustList.fromJson(reader.readObject());
    } catch (RuntimeException e) {
      throw new NodeException(
          NodeException.Code.INVALID_TRUST_LIST, "bad trust list payload: " + e.getMessage());
    }
  }

  /** Nimbus signer over a Multikey pair (the key never leaves the credentials module's type). */
  private static final class MultikeySigner implements JWSSigner {
    private final MultikeyPair key;
    private final JCAContext context = new JCAContext();

    MultikeySigner(MultikeyPair key) {
      this.key = key;
    }

    @Override
    public Base64URL sign(JWSHeader header, byte[] signingInput) {
      return Base64URL.encode(key.sign(signingInput));
    }

    @Override
    public Set<JWSAlgorithm> supportedJWSAlgorithms() {
      return Set.of(JWSAlgorithm.EdDSA);
    }

    @Override
    public JCAContext getJCAContext() {
      return context;
    }
  }
}
