package org.puente.credentials.did;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;

class DidWebTest {
  // did:web §3.2 examples: bare domain, path, percent-encoded port.
  @ParameterizedTest
  @CsvSource({
    "did:web:w3c-ccg.github.io, https://w3c-ccg.github.io/.well-known/did.json",
    "did:web:w3c-ccg.github.io:user:alice, https://w3c-ccg.github.io/user/alice/did.json",
    "did:web:example.com%3A3000:user:alice, https://example.com:3000/user/alice/did.json",
    "did:web:Example.COM, https://example.com/.well-known/did.json"
  })
  void documentUrl_specExamples_mapToHttpsUrl(String did, String url) throws Exception {
    assertThat(DidWeb.documentUrl(did)).hasToString(url);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "did:web:",
        "did:web:example.com:..:secret",
        "did:web:user@example.com",
        "did:web:example.com#key-1",
        "did:web:example.com/path",
        "did:web:exa mple.com",
        "did:web:example.com:a%2Fb"
      })
  void documentUrl_malformed_refused(String did) {
    assertThatThrownBy(() -> DidWeb.documentUrl(did))
        .isInstanceOfSatisfying(
            CredentialException.class,
            e -> assertThat(e.code()).isEqualTo(Code.DID_RESOLUTION_FAILED));
  }

  @ParameterizedTest
  @ValueSource(strings = {"did:key:z6Mk", "did:example:123", "web:example.com"})
  void documentUrl_otherMethod_unsupported(String did) {
    assertThatThrownBy(() -> DidWeb.documentUrl(did))
        .isInstanceOfSatisfying(
            CredentialException.class,
            e -> assertThat(e.code()).isEqualTo(Code.UNSUPPORTED_DID_METHOD));
  }
}
