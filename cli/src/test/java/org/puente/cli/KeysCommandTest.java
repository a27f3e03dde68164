package org.puente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.puente.credentials.keys.DidKey;
import org.puente.credentials.keys.MultikeyPair;

class KeysCommandTest {
  @Test
  void keysNew_p256_printsLoadableMultikeyFile() throws Exception {
    StringWriter out = new StringWriter();
    int status =
        Main.run(
            new PrintWriter(out),
            new PrintWriter(new StringWriter()),
            "keys",
            "new",
            "--type",
            "p256");
    assertThat(status).isZero();
    JsonObject file = Json.createReader(new StringReader(out.toString())).readObject();
    assertThat(file.getString("publicKeyMultibase")).startsWith("zDn");
    MultikeyPair pair = MultikeyPair.fromKeyFile(file);
    assertThat(file.getString("controller")).isEqualTo(DidKey.did(pair.publicKey()));
    assertThat(file.getString("id")).isEqualTo(pair.verificationMethod());
  }

  @Test
  void keysNew_unknownType_exitsTwo() {
    StringWriter err = new StringWriter();
    int status =
        Main.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            "keys",
            "new",
            "--type",
            "rsa");
    assertThat(status).isEqualTo(Main.UNUSABLE);
    assertThat(err.toString()).contains("unknown key type 'rsa'");
  }
}
