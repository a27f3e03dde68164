package org.puente.server.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.ledger.model.Hash;

/** The C2SP tlog-witness add-checkpoint body: its exact form, and every way to get it wrong. */
class AddCheckpointTest {
  private static final String NOTE = "example.com/log\n3\nAAAA\n\n\u2014 example.com/log AAAA\n";

  private static AddCheckpoint parse(String body) throws LogRejection {
    return AddCheckpoint.parse(body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void parse_format_roundTrip() throws Exception {
    Hash a = Hash.ofHex("11".repeat(32));
    Hash b = Hash.ofHex("22".repeat(32));
    AddCheckpoint request = new AddCheckpoint(20852014, List.of(a, b), NOTE);
    String body = request.format();
    assertThat(body).startsWith("old 20852014\n" + a.base64() + "\n" + b.base64() + "\n\n");
    assertThat(parse(body)).isEqualTo(request);
    assertThat(parse("old 0\n\n" + NOTE).proof()).isEmpty();
  }

  @Test
  void malformedBodies_areRefusedWith400() {
    for (String body :
        List.of(
            "",
            "old 5",
            "new 5\n\n" + NOTE,
            "old -1\n\n" + NOTE,
            "old 007\n\n" + NOTE,
            "old 99999999999999999999\n\n" + NOTE,
            "old 5\nnot base64!\n\n" + NOTE,
            "old 5\nAAAA\n\n" + NOTE,
            "old 5\n" + Hash.ofHex("11".repeat(32)).base64() + "\n" + NOTE.replace("\n\n", "\n"),
            "old 5\n" + (Hash.ofHex("11".repeat(32)).base64() + "\n").repeat(64) + "\n" + NOTE)) {
      assertThatThrownBy(() -> parse(body))
          .as(body)
          .isInstanceOfSatisfying(
              LogRejection.class,
              e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.code()).isEqualTo("malformed-add-checkpoint");
              });
    }
  }
}
