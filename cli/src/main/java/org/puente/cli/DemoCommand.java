package org.puente.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import org.puente.credentials.CredentialException;
import org.puente.credentials.keys.DidKey;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.Multikey;
import org.puente.credentials.keys.MultikeyPair;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code puente demo}: Puente's main job on the embedded default. It grows with the project: the
 * parties get identities, sign, and the other side verifies.
 */
@Command(name = "demo", description = "Run Puente's main job end to end on the embedded default.")
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws CredentialException {
    PrintWriter out = spec.commandLine().getOut();
    SecureRandom random = new SecureRandom();
    MultikeyPair mill = MultikeyPair.generate(KeyType.ED25519, random);
    MultikeyPair cbp = MultikeyPair.generate(KeyType.P256, random);
    out.println("Puente demo");
    out.println("  steel mill identity (Ed25519): " + DidKey.did(mill.publicKey()));
    out.println("  CBP Laredo 2304 identity (P-256): " + DidKey.did(cbp.publicKey()));
    byte[] statement = "heat 24A117 melted and poured in MX".getBytes(StandardCharsets.UTF_8);
    byte[] signature = mill.sign(statement);
    Multikey resolved = DidKey.resolve(mill.verificationMethod());
    resolved.verify(statement, signature);
    out.println(
        "  the mill signed a melt-and-pour statement; CBP resolved the mill's did:key"
            + " offline and verified the signature");
    return 0;
  }
}
