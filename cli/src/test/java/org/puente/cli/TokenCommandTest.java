package org.puente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puente.cli.VcCommandTest.Result;
import org.puente.server.auth.NodeTokens;
import org.puente.server.node.DataDirectory;

class TokenCommandTest {
  @TempDir Path dir;

  @Test
  void token_officer_isSignedByTheNodesKeyWithItsClaims() throws Exception {
    Result result =
        VcCommandTest.run(
            "token",
            "--data-dir",
            dir.toString(),
            "--role",
            "officer",
            "--jurisdiction",
            "US",
            "--port",
            "2304");
    assertThat(result.status()).as(result.err()).isZero();
    SignedJWT jwt = SignedJWT.parse(result.out().strip());
    NodeTokens tokens = NodeTokens.loadOrCreate(new DataDirectory(dir), new SecureRandom());
    assertThat(jwt.verify(new com.nimbusds.jose.crypto.ECDSAVerifier(tokens.publicKey()))).isTrue();
    assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(tokens.issuer());
    assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("officer");
    assertThat(jwt.getJWTClaimsSet().getStringClaim("jurisdiction")).isEqualTo("US");
    assertThat(jwt.getJWTClaimsSet().getStringClaim("port")).isEqualTo("2304");
    assertThat(Files.getPosixFilePermissions(dir.resolve("keys/token-signing.jwk.json")))
        .containsExactlyInAnyOrder(
            java.nio.file.attribute.PosixFilePermission.OWNER_READ,
            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
  }

  @Test
  void token_officerWithoutPort_exitsTwo() {
    Result result =
        VcCommandTest.run(
            "token", "--data-dir", dir.toString(), "--role", "officer", "--jurisdiction", "MX");
    assertThat(result.status()).isEqualTo(Main.UNUSABLE);
    assertThat(result.err()).contains("officer is bound to a port");
  }

  @Test
  void token_unknownRole_exitsTwo() {
    Result result =
        VcCommandTest.run(
            "token", "--data-dir", dir.toString(), "--role", "admiral", "--jurisdiction", "MX");
    assertThat(result.status()).isEqualTo(Main.UNUSABLE);
    assertThat(result.err()).contains("'admiral'");
  }

  @Test
  void node_badRole_exitsTwoWithoutStarting() {
    Result result =
        VcCommandTest.run(
            "node",
            "--role",
            "canada",
            "--name",
            "x",
            "--http-port",
            "1",
            "--data-dir",
            dir.toString());
    assertThat(result.status()).isEqualTo(Main.UNUSABLE);
    assertThat(result.err()).contains("'canada'");
  }
}
