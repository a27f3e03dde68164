package org.puente.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/** {@link HeaderChecks} answers as the Spring Security rules it replaces, on random input. */
class HeaderChecksTest {
  private static final String TOKEN_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~+/";

  /** Strings mixing printable ASCII, controls, unassigned and astral code points, surrogates. */
  private static Gen<String> headerLike() {
    Gen<String> pieces =
        integers()
            .between(0, 7)
            .zip(integers().between(0, 0x10FFFF), (kind, cp) -> piece(kind, cp));
    return strings()
        .ascii()
        .ofLengthBetween(0, 12)
        .zip(pieces, pieces, (a, b, c) -> a + b + c)
        .zip(strings().ascii().ofLengthBetween(0, 4), (a, b) -> a + b);
  }

  private static String piece(int kind, int cp) {
    switch (kind) {
      case 0:
        return new String(Character.toChars(cp)); // any code point, assigned or not
      case 1:
        return String.valueOf((char) (cp % 0x20)); // C0 control
      case 2:
        return String.valueOf((char) (0x7f + cp % 0x21)); // DEL and C1 controls
      case 3:
        return String.valueOf((char) (0xD800 + cp % 0x800)); // lone surrogate
      case 4:
        return "\u0378"; // unassigned in the BMP
      default:
        return "";
    }
  }

  @Test
  void headerRule_isTheFirewallDefault_forNamesAndValues() {
    Set<Boolean> seen = new HashSet<>();
    qt().withExamples(20_000)
        .forAll(headerLike())
        .checkAssert(
            s -> {
              seen.add(HeaderChecks.headerValue(s));
              assertThat(HeaderChecks.headerValue(s))
                  .as("value %s", s.codePoints().boxed().toList())
                  .isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_VALUES.test(s));
              assertThat(HeaderChecks.headerName(s))
                  .as("name %s", s.codePoints().boxed().toList())
                  .isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_NAMES.test(s));
            });
    assertThat(seen).as("the input reached both answers").containsExactlyInAnyOrder(true, false);
  }

  @Test
  void headerRule_examples() {
    assertThat(HeaderChecks.headerValue("")).isTrue();
    assertThat(HeaderChecks.headerValue("Bearer eyJ.abc-_")).isTrue();
    assertThat(HeaderChecks.headerValue("Aduana Nuevo León 240 \uD83D\uDE9A")).isTrue();
    assertThat(HeaderChecks.headerValue("a\r\nSet-Cookie: x")).isFalse();
    assertThat(HeaderChecks.headerValue("tab\there")).isTrue();
    assertThat(HeaderChecks.headerName("tab\there")).isFalse();
    assertThat(HeaderChecks.headerValue("\u0085")).isFalse();
    assertThat(HeaderChecks.headerValue("\u0378")).isFalse();
  }

  /** Authorization headers near the bearer syntax: scheme spellings, token runs, padding, junk. */
  private static Gen<String> authorizationLike() {
    Gen<String> scheme =
        integers()
            .between(0, 9)
            .map(
                i ->
                    new String[] {
                          "Bearer ",
                          "bearer ",
                          "BEARER ",
                          "BeArEr ",
                          "Bearer",
                          "Bearer  ",
                          "Basic ",
                          "Bearer\t",
                          "",
                          "bearerx "
                        }
                        [i]);
    Gen<String> tokenRun =
        strings()
            .betweenCodePoints(0, TOKEN_CHARS.length() - 1)
            .ofLengthBetween(0, 8)
            .map(
                s ->
                    s.codePoints()
                        .map(TOKEN_CHARS::charAt)
                        .collect(
                            StringBuilder::new,
                            StringBuilder::appendCodePoint,
                            StringBuilder::append)
                        .toString());
    Gen<String> padding = integers().between(0, 3).map("="::repeat);
    Gen<String> junk =
        integers().between(0, 6).map(i -> new String[] {"", "", "", " ", "=a", "\u00e9", "!"}[i]);
    return scheme
        .zip(tokenRun, padding, junk, (a, b, c, d) -> a + b + c)
        .zip(junk, tokenRun, (a, j, t) -> a + j + t);
  }

  @Test
  void bearer_resolvesAsSpringsDefaultResolver() {
    DefaultBearerTokenResolver spring = new DefaultBearerTokenResolver();
    Set<String> seen = new HashSet<>();
    qt().withExamples(20_000)
        .forAll(authorizationLike())
        .checkAssert(
            header -> {
              MockHttpServletRequest request = new MockHttpServletRequest("POST", "/x");
              request.addHeader("Authorization", header);
              String ours = outcome(() -> new HeaderChecks.Bearer().resolve(request));
              seen.add(ours.split(" ")[0]);
              assertThat(ours)
                  .as("header [%s]", header)
                  .isEqualTo(outcome(() -> spring.resolve(request)));
            });
    assertThat(seen)
        .as("the input reached every answer")
        .containsExactlyInAnyOrder("token", "none", "refused");
  }

  @Test
  void bearer_examples() {
    assertThat(HeaderChecks.Bearer.token(null)).isNull();
    assertThat(HeaderChecks.Bearer.token("Basic dXNlcjpwdw==")).isNull();
    assertThat(HeaderChecks.Bearer.token("bearer abc.DEF-_~+/==")).isEqualTo("abc.DEF-_~+/==");
    assertThatThrownBy(() -> HeaderChecks.Bearer.token("Bearer "))
        .isInstanceOf(OAuth2AuthenticationException.class)
        .hasMessageContaining("malformed");
    assertThatThrownBy(() -> HeaderChecks.Bearer.token("Bearer =abc"))
        .isInstanceOf(OAuth2AuthenticationException.class);
    assertThatThrownBy(() -> HeaderChecks.Bearer.token("Bearer abc def"))
        .isInstanceOf(OAuth2AuthenticationException.class);
    assertThatThrownBy(() -> HeaderChecks.Bearer.token("Bearerabc"))
        .isInstanceOf(OAuth2AuthenticationException.class);
  }

  /** The token, "none", or the error code and description of the refusal. */
  private static String outcome(java.util.function.Supplier<String> resolve) {
    try {
      return Optional.ofNullable(resolve.get()).map(t -> "token " + t).orElse("none");
    } catch (OAuth2AuthenticationException e) {
      return "refused " + e.getError().getErrorCode() + " " + e.getError().getDescription();
    }
  }
}
