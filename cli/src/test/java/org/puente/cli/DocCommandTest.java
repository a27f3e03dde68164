package org.puente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puente.documents.credentials.CredentialType;
import org.puente.documents.credentials.TradeCredentials;

class DocCommandTest {
  @TempDir Path dir;

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(status, out.toString(), err.toString());
  }

  private Path example(CredentialType t) throws Exception {
    Path p = dir.resolve(t.vcType() + ".json");
    Files.writeString(p, TradeCredentials.example(t).toString(), StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void validate_aValidCredential_exitsZero() throws Exception {
    Run r = run("doc", "validate", example(CredentialType.MILL_TEST_REPORT).toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("\"kind\": \"CREDENTIAL\"", "\"valid\": true");
  }

  @Test
  void validate_anInvalidCredential_printsBilingualErrorsAndExitsOne() throws Exception {
    Path p = dir.resolve("bad.json");
    Files.writeString(
        p,
        TradeCredentials.example(CredentialType.USMCA_CERTIFICATION_OF_ORIGIN)
            .toString()
            .replace("2026-12-31\"", "2027-06-30\""),
        StandardCharsets.UTF_8);
    Run r = run("doc", "validate", p.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out())
        .contains(
            "BLANKET_PERIOD_TOO_LONG", "\"en\":", "\"es\":", "/credentialSubject/blanketPeriod");
  }

  @Test
  void validate_hostileXml_isRefusedWithExitTwo() throws Exception {
    Path p = dir.resolve("x.xml");
    Files.writeString(
        p,
        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><doda>&x;</doda>",
        StandardCharsets.UTF_8);
    Run r = run("doc", "validate", p.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).contains("FORBIDDEN_XML");
  }

  @Test
  void translate_doda_toConsignment_andThenTheCartaPorteNeeds_areListed() throws Exception {
    Path vc = example(CredentialType.DODA);
    Path consignment = dir.resolve("c.json");
    Run r =
        run(
            "doc",
            "translate",
            "--to",
            "consignment",
            "--out",
            consignment.toString(),
            vc.toString());
    assertThat(r.status()).isZero();
    assertThat(Files.readString(consignment))
        .contains("\"documentType\": \"Consignment\"", "152310447");
    Run cp = run("doc", "translate", "--to", "cartaporte", consignment.toString());
    assertThat(cp.status()).isEqualTo(1);
    assertThat(cp.out()).contains("MISSING_FIELDS", "/references/idCcp");
    Run doda = run("doc", "translate", "--to", "doda", consignment.toString());
    assertThat(doda.status()).isZero();
    assertThat(doda.out())
        .contains(
            "<cadenaOriginalAA>||24|0|3420|1|6001234||85AK7R||2026-11-29 06:30:00||</cadenaOriginalAA>");
  }

  @Test
  void translate_toEntrySummary_listsWhatCbpStillNeeds_andBadTargetsNameTheChoices()
      throws Exception {
    Path consignment = dir.resolve("c.json");
    run(
        "doc",
        "translate",
        "--to",
        "consignment",
        "--out",
        consignment.toString(),
        example(CredentialType.EMANIFEST_TRIP).toString());
    Run es = run("doc", "translate", "--to", "entry-summary", consignment.toString());
    assertThat(es.status()).isEqualTo(1);
    assertThat(es.out()).contains("MISSING_FIELDS", "\"/usEntry\"", "CBP Form 7501");
    Run bad = run("doc", "translate", "--to", "7501", consignment.toString());
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).contains("entry-summary");
  }

  @Test
  void render_writesHtmlInTheAskedLanguage_andRefusesBadOptions() throws Exception {
    Path out = dir.resolve("coo.html");
    Run r =
        run(
            "doc",
            "render",
            "--lang",
            "en",
            "--format",
            "html",
            "--out",
            out.toString(),
            example(CredentialType.USMCA_CERTIFICATION_OF_ORIGIN).toString());
    assertThat(r.status()).isZero();
    assertThat(Files.readString(out)).contains("USMCA certification of origin", "<svg");
    assertThat(
            run("doc", "render", "--lang", "fr", example(CredentialType.DRIVER).toString())
                .status())
        .isEqualTo(2);
    assertThat(
            run("doc", "translate", "--to", "pdf", example(CredentialType.DRIVER).toString())
                .status())
        .isEqualTo(2);
  }
}
