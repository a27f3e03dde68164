package org.puente.server.node;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.puente.credentials.CredentialException;
import org.puente.credentials.jsonld.JsonSupport;
import org.puente.credentials.keys.DidKey;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;

/**
 * A node's {@code did:web} identity: its DID, its assertion keys (Ed25519 first, then P-256) and
 * its TLS key (P-256, listed under {@code authentication} only: node-to-node mutual TLS presents a
 * certificate over it), with the DID document it serves at {@code /.well-known/did.json} (did:web
 * §3.2.1 maps {@code did:web:host%3Aport} to {@code https://host:port/.well-known/did.json}).
 */
public final class NodeIdentity {
  private final String did;
  private final MultikeyPair ed25519;
  private final MultikeyPair p256;
  private final MultikeyPair tls;

  private NodeIdentity(String did, MultikeyPair ed25519, MultikeyPair p256, MultikeyPair tls) {
    this.did = did;
    this.ed25519 = ed25519;
    this.p256 = p256;
    this.tls = tls;
  }

  /** Loads (or creates on first use) the node's assertion keys from {@code keys}. */
  public static NodeIdentity load(String did, NodeKeyStore keys)
      throws IOException, CredentialException {
    if (!did.startsWith("did:web:") || did.length() <= "did:web:".length()) {
      throw new IllegalArgumentException("a node DID must be did:web:<host>, found " + did);
    }
    MultikeyPair ed = keys.loadOrCreate("assertion-ed25519", KeyType.ED25519);
    MultikeyPair p = keys.loadOrCreate("assertion-p256", KeyType.P256);
    MultikeyPair t = keys.loadOrCreate("tls-p256", KeyType.P256);
    return new NodeIdentity(did, bind(did, ed), bind(did, p), bind(did, t));
  }

  private static MultikeyPair bind(String did, MultikeyPair pair) {
    return pair.withVerificationMethod(did + "#" + pair.publicKey().toMultibase());
  }

  /** The node's DID. */
  public String did() {
    return did;
  }

  /** The Ed25519 assertion key (signs trust lists; the default for {@code eddsa-rdfc-2022}). */
  public MultikeyPair ed25519() {
    return ed25519;
  }

  /** The P-256 assertion key ({@code ecdsa-rdfc-2019}, ES256). */
  public MultikeyPair p256() {
    return p256;
  }

  /** The TLS key (node-to-node mutual TLS; never signs credentials). */
  public MultikeyPair tls() {
    return tls;
  }

  /** The DID document: the three keys as Multikey verification methods. */
  public JsonObject didDocument() {
    return didDocument(List.of());
  }

  /** The DID document with {@code services} as its DID Core §5.4 {@code service} entries. */
  public JsonObject didDocument(List<JsonObject> services) {
    JsonArrayBuilder methods = JsonSupport.PROVIDER.createArrayBuilder();
    for (MultikeyPair pair : List.of(ed25519, p256, tls)) {
      methods.add(pair.publicKey().toVerificationMethod(pair.verificationMethod(), did));
    }
    JsonArrayBuilder assertion =
        JsonSupport.PROVIDER
            .createArrayBuilder()
            .add(ed25519.verificationMethod())
            .add(p256.verificationMethod());
    JsonObjectBuilder document =
        JsonSupport.PROVIDER
            .createObjectBuilder()
            .add("@context", DidKey.DOCUMENT_CONTEXT)
            .add("id", did)
            .add("verificationMethod", methods)
            .add("assertionMethod", assertion)
            .add(
                "authentication",
                JsonSupport.PROVIDER
                    .createArrayBuilder()
                    .add(ed25519.verificationMethod())
                    .add(p256.verificationMethod())
                    .add(tls.verificationMethod()));
    if (!services.isEmpty()) {
      JsonArrayBuilder entries = JsonSupport.PROVIDER.createArrayBuilder();
      services.forEach(entries::add);
      document.add("service", entries);
    }
    return document.build();
  }

  @Override
  public String toString() {
    return "NodeIdentity[" + Objects.requireNonNull(did) + "]";
  }
}
