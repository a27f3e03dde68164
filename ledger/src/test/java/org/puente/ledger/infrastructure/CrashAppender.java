package org.puente.ledger.infrastructure;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;
import org.puente.ledger.application.TransparencyLog;
import org.puente.ledger.model.NoteSigner;

/**
 * The child process of {@link CrashSafetyTest}: appends from several threads forever, printing
 * {@code ACK <index> <entry>} after each acknowledgement and {@code CHECKPOINT <base64 note>} after
 * each published checkpoint, until it is killed.
 */
public final class CrashAppender {
  private CrashAppender() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    MultikeyPair key =
        MultikeyPair.fromSecret(KeyType.ED25519, HexFormat.of().parseHex(args[1]), null);
    String run = args[2];
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    TransparencyLog log =
        TransparencyLog.open(FileTileStore.open(dir), NoteSigner.log(args[3], key));
    AtomicLong sequence = new AtomicLong();
    for (int t = 0; t < 16; t++) {
      Thread thread =
          new Thread(
              () -> {
                while (true) {
                  String entry = run + "-" + sequence.getAndIncrement();
                  long index = log.appendAsync(entry.getBytes(StandardCharsets.UTF_8)).join();
                  synchronized (out) {
                    out.println("ACK " + index + " " + entry);
                    out.flush();
                  }
                }
              });
      thread.setDaemon(true);
      thread.start();
    }
    while (true) {
      Thread.sleep(100);
      String note = log.checkpoint().format();
      synchronized (out) {
        out.println(
            "CHECKPOINT "
                + Base64.getEncoder().encodeToString(note.getBytes(StandardCharsets.UTF_8)));
        out.flush();
      }
    }
  }
}
