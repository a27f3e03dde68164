package org.puente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puente.server.auth.NodeTokens;
import org.puente.server.node.DataDirectory;

class TokenCommandTest {
  @TempDir Path dir;

  @Test
  void token_officer_isSignedByTheNodesKeyWithItsClaims() throws Exception {
    StringWriter out = new StringWriter();
    int status =
        Main.run(
            new PrintWriter(out),
            new PrintWriter(new StringWriter()),
            "token",
            "--data-dir",
            dir.toString(),
            "--role",
            "officer",
            "--jurisdiction",
            "US",
            "--port",
            "2304");
    assertThat(status).isZero();
    SignedJWT jwt = SignedJWT.parse(out.toString().strip());
    NodeTokens tokens = NodeTokens.loadOrCreate(new DataDirectory(dir), new SecureRandom());
    assertThat(jwt.verify(new com.nimbusds.jose.crypto.ECDSAVerifier(tokens.publicKey()))).isTrue();
    assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(tokens.issuer());
    assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("officer");
    assertThat(jwt.getJWTClaimsSet().getStringClaim("jurisdiction")).isEqualTo("US");
    assertThat(jwt.getJWTClaimsSet().getStringClaim("port")).isEqualTo("2304");
    // a HashSet of enums: its iteration order changes from one JVM to the next
    assertThat(Files.getPosixFilePermissions(dir.resolve("keys/token-signing.jwk.json")))
        .containsExactlyInAnyOrder(
            java.nio.file.attribute.PosixFilePermission.OWNER_READ,
            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
  }

  @Test
  void token_officerWithoutPort_exitsTwo() {
    StringWriter err = new StringWriter();
    int status =
        Main.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            "token",
            "--data-dir",
            dir.toString(),
            "--role",
            "officer",
            "--jurisdiction",
            "MX");
    assertThat(status).isEqualTo(Main.UNUSABLE);
    assertThat(err.toString()).contains("officer is bound to a port");
  }

  @Test
  void token_unknownRole_exitsTwo() {
    StringWriter err = new StringWriter();
    int status =
        Main.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            "token",
            "--data-dir",
            dir.toString(),
            "--role",
            "admiral",
            "--jurisdiction",
            "MX");
    assertThat(status).isEqualTo(Main.UNUSABLE);
    assertThat(err.toString()).contains("'admiral'");
  }

  @Test
  void node_badRole_exitsTwoWithoutStarting() {
    StringWriter err = new StringWriter();
    int status =
        Main.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            "node",
            "--role",
            "canada",
            "--name",
            "x",
            "--http-port",
            "1",
            "--data-dir",
            dir.toString());
    assertThat(status).isEqualTo(Main.UNUSABLE);
    assertThat(err.toString()).contains("'canada'");
  }
}
