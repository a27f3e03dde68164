package org.puente.server.node;

import java.util.Map;
import org.puente.server.auth.NodeTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The node's public identity: its DID document and token keys, and a summary of itself. */
@RestController
public class NodeController {
  private final NodeIdentity identity;
  private final NodeTokens tokens;
  private final NodeProperties node;
  private final ObjectProvider<DidServices> services;

  NodeController(
      NodeIdentity identity,
      NodeTokens tokens,
      NodeProperties node,
      ObjectProvider<DidServices> services) {
    this.identity = identity;
    this.tokens = tokens;
    this.node = node;
    this.services = services;
  }

  /** did:web §3.2.1: the DID document at {@code /.well-known/did.json}. */
  @GetMapping(
      value = "/.well-known/did.json",
      produces = {"application/did+json", MediaType.APPLICATION_JSON_VALUE})
  ResponseEntity<String> didDocument() {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            identity
                .didDocument(services.orderedStream().flatMap(s -> s.services().stream()).toList())
                .toString());
  }

  /** The public keys that verify the node's own bearer tokens (RFC 7517 JWK Set). */
  @GetMapping(value = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> jwks() {
    return tokens.publicJwks().toJSONObject(true);
  }

  /** Who this node is. */
  @GetMapping(value = "/api/v1/node", produces = MediaType.APPLICATION_JSON_VALUE)
  NodeInfo info() {
    return new NodeInfo(
        node.name(),
        node.role().name().toLowerCase(java.util.Locale.ROOT),
        identity.did(),
        tokens.issuer());
  }

  /** The node summary. */
  record NodeInfo(String name, String role, String did, String tokenIssuer) {}
}
