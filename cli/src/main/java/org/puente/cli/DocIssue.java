package org.puente.cli;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.puente.credentials.CredentialException;
import org.puente.credentials.Credentials;
import org.puente.credentials.di.Cryptosuite;
import org.puente.credentials.keys.KeyType;
import org.puente.credentials.keys.MultikeyPair;
import org.puente.documents.DocumentException;
import org.puente.documents.DocumentKind;
import org.puente.documents.Documents;
import org.puente.documents.credentials.CredentialType;
import org.puente.documents.formats.JsonInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code puente doc issue --key FILE [--type TYPE] FILE|-}: a trade document as its signed
 * credential. An unsigned trade credential is validated and signed as the key's DID; a consignment,
 * Carta Porte, DODA or e-Manifest becomes the credential {@code --type} (CartaPorte, Doda,
 * EManifestTrip, ...) of that consignment. Signed with {@code eddsa-rdfc-2022} (Ed25519 key) or
 * {@code ecdsa-rdfc-2019} (P-256 / P-384). Exit 0 issued, 1 invalid document, 2 unusable input.
 */
@Command(name = "issue", description = "Issue a trade document as its signed credential.")
final class DocIssue implements Callable<Integer> {
  @Spec CommandSpec spec;
  @picocli.CommandLine.Mixin DocCommand.Sources sources = new DocCommand.Sources();

  @Option(names = "--key", required = true, paramLabel = "FILE", description = "Multikey key file.")
  Path key;

  @Option(names = "--type", description = "Credential type for a consignment or national document.")
  String type;

  @Parameters(paramLabel = "FILE|-", description = "The document, or - for stdin.")
  String file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      Credentials credentials = Credentials.builder().build();
      MultikeyPair signer;
      try (InputStream in = Files.newInputStream(key)) {
        signer = MultikeyPair.fromKeyFile(credentials.read(in));
      }
      byte[] input = DocCommand.read(file);
      Documents documents = sources.documents(false);
      JsonObject unsigned = unsigned(documents, input, signer.controller());
      Cryptosuite suite =
          signer.publicKey().type() == KeyType.ED25519
              ? Cryptosuite.EDDSA_RDFC_2022
              : Cryptosuite.ECDSA_RDFC_2019;
      out.println(Json.pretty(credentials.issue(unsigned, signer, suite)));
      return 0;
    } catch (IOException e) {
      return DocCommand.unreadable(spec.commandLine().getErr(), file, e);
    } catch (DocumentException e) {
      DocCommand.refused(out, e);
      return e.code() == DocumentException.Code.INVALID_DOCUMENT
              || e.code() == DocumentException.Code.MISSING_FIELDS
          ? Main.NEGATIVE
          : Main.UNUSABLE;
    } catch (CredentialException | IllegalArgumentException e) {
      String code = e instanceof CredentialException ce ? ce.code().name() + ": " : "";
      spec.commandLine().getErr().println("puente doc issue: " + code + e.getMessage());
      return Main.UNUSABLE;
    }
  }

  private JsonObject unsigned(Documents documents, byte[] input, String issuer)
      throws DocumentException {
    String id = "urn:uuid:" + UUID.randomUUID();
    if (Documents.detect(input) == DocumentKind.CREDENTIAL) {
      JsonObject vc =
          jakarta.json.Json.createObjectBuilder(JsonInput.parseObject(input))
              .add("issuer", issuer)
              .add("id", id)
              .remove("proof")
              .build();
      documents.credentials().fromCredential(vc);
      return vc;
    }
    if (type == null) {
      throw new IllegalArgumentException(
          "--type is required for a consignment or national document (CartaPorte, Doda, ...)");
    }
    for (CredentialType t : CredentialType.values()) {
      if (t.vcType().equals(type)) {
        return documents
            .credentials()
            .toCredential(
                t,
                id,
                issuer,
                Instant.now().truncatedTo(ChronoUnit.SECONDS),
                documents.read(input));
      }
    }
    throw new IllegalArgumentException("no trade credential type " + type);
  }
}
