package org.puente.cli;

import jakarta.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.puente.documents.DocumentException;
import org.puente.documents.DocumentKind;
import org.puente.documents.Documents;
import org.puente.documents.ValidationReport;
import org.puente.documents.formats.JsonInput;
import org.puente.documents.render.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code puente doc}: trade documents. Validate any of them, translate between the canonical
 * consignment and the national formats, render them in Spanish or English. The SAT Carta Porte XSD
 * and the HS 2022 nomenclature are found under the shared data folder ({@code PUENTE_SHARED}, or
 * {@code --sat-xsd} / {@code --hs}); without them those checks are skipped and the output says so.
 */
@Command(
    name = "doc",
    description = "Validate, translate and render trade documents.",
    subcommands = {
      DocCommand.Validate.class,
      DocCommand.Translate.class,
      DocCommand.Render.class,
      DocIssue.class
    })
final class DocCommand {
  /** Input larger than this is refused (the readers' own limit is 4 MiB). */
  static final int MAX_INPUT = 4 * 1024 * 1024 + 1;

  /** Options shared by the subcommands. */
  static class Sources {
    @Option(
        names = "--sat-xsd",
        description = "Folder of SAT's Carta Porte 3.1 XSD (CartaPorte/CartaPorte31.xsd...).")
    Path satXsd;

    @Option(names = "--hs", description = "The HS 2022 nomenclature CSV (harmonized-system.csv).")
    Path hs;

    Documents documents(boolean needXsd) throws DocumentException {
      Optional<Path> shared =
          Optional.ofNullable(System.getProperty("puente.shared", System.getenv("PUENTE_SHARED")))
              .map(Path::of);
      Path xsd =
          satXsd != null
              ? satXsd
              : shared
                  .map(p -> p.resolve("data/sat-cartaporte31"))
                  .filter(Files::isDirectory)
                  .orElse(null);
      Path csv =
          hs != null
              ? hs
              : shared
                  .map(p -> p.resolve("data/harmonized-system/harmonized-system.csv"))
                  .filter(Files::isRegularFile)
                  .orElse(null);
      return Documents.create(needXsd ? xsd : null, csv);
    }
  }

  static byte[] read(String file) throws IOException {
    try (InputStream in = file.equals("-") ? System.in : Files.newInputStream(Path.of(file))) {
      return in.readNBytes(MAX_INPUT);
    }
  }

  static int refused(PrintWriter out, DocumentException e) {
    out.println(
        JsonInput.pretty(
                Json.createObjectBuilder()
                    .add("refused", e.code().name())
                    .add("message", String.valueOf(e.getMessage()))
                    .add(
                        "errors",
                        new ValidationReport(
                                DocumentKind.CONSIGNMENT, e.errors(), java.util.List.of())
                            .toJson()
                            .getJsonArray("errors"))
                    .build())
            .strip());
    return Main.UNUSABLE;
  }

  static int unreadable(PrintWriter err, String file, IOException e) {
    err.println("puente doc: cannot read " + file + ": " + e.getMessage());
    return Main.UNUSABLE;
  }

  /** Writes all of the bytes or nothing: a temporary file in the same folder, then a move. */
  static void writeAtomically(Path file, byte[] bytes) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      Path tmp = Files.createTempFile(dir, ".puente", ".tmp");
      try {
        Files.write(tmp, bytes);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code puente doc validate FILE|-}. */
  @Command(
      name = "validate",
      description =
          "Validate a consignment, credential, Carta Porte, DODA or e-Manifest. Exit 0 valid, 1 invalid, 2 unreadable or refused.")
  static final class Validate implements Callable<Integer> {
    @Spec CommandSpec spec;
    @picocli.CommandLine.Mixin Sources sources = new Sources();

    @Parameters(paramLabel = "FILE|-", description = "The document, or - for stdin.")
    String file;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try {
        byte[] input = read(file);
        DocumentKind kind = Documents.detect(input);
        ValidationReport report =
            sources.documents(kind == DocumentKind.CARTA_PORTE).validate(input);
        out.println(JsonInput.pretty(report.toJson()).strip());
        return report.valid() ? 0 : Main.NEGATIVE;
      } catch (IOException e) {
        return unreadable(spec.commandLine().getErr(), file, e);
      } catch (DocumentException e) {
        return refused(out, e);
      }
    }
  }

  /**
   * {@code puente doc translate --to consignment|emanifest|doda|cartaporte|entry-summary FILE|-}.
   */
  @Command(
      name = "translate",
      description = "Translate a document into the canonical consignment or a national format.")
  static final class Translate implements Callable<Integer> {
    @Spec CommandSpec spec;
    @picocli.CommandLine.Mixin Sources sources = new Sources();

    @Option(
        names = "--to",
        required = true,
        description = "consignment, emanifest, doda, cartaporte or entry-summary (CBP Form 7501)")
    String to;

    @Option(names = "--out", description = "Write here instead of stdout (all or nothing).")
    Path outFile;

    @Parameters(paramLabel = "FILE|-", description = "The document, or - for stdin.")
    String file;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Documents.Target target;
      try {
        target = Documents.Target.valueOf(to.toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        spec.commandLine()
            .getErr()
            .println("puente doc translate: --to must be one of " + targets() + ", not " + to);
        return Main.UNUSABLE;
      }
      try {
        byte[] result = sources.documents(false).translate(read(file), target);
        emit(out, outFile, result);
        return 0;
      } catch (IOException e) {
        return unreadable(spec.commandLine().getErr(), file, e);
      } catch (DocumentException e) {
        if (e.code() == DocumentException.Code.MISSING_FIELDS
            || e.code() == DocumentException.Code.INVALID_DOCUMENT) {
          refused(out, e);
          return Main.NEGATIVE;
        }
        return refused(out, e);
      }
    }
  }

  /** The translation targets as the command line spells them. */
  static String targets() {
    return java.util.Arrays.stream(Documents.Target.values())
        .map(t -> t.name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .collect(java.util.stream.Collectors.joining(", "));
  }

  static void emit(PrintWriter out, Path outFile, byte[] result) {
    if (outFile == null) {
      out.print(new String(result, StandardCharsets.UTF_8));
      out.flush();
    } else {
      writeAtomically(outFile, result);
    }
  }

  /** {@code puente doc render --lang es|en --format html|pdf FILE [--out FILE]}. */
  @Command(
      name = "render",
      description = "Render a document in Spanish or English as HTML or PDF, with its QR code.")
  static final class Render implements Callable<Integer> {
    @Spec CommandSpec spec;
    @picocli.CommandLine.Mixin Sources sources = new Sources();

    @Option(names = "--lang", defaultValue = "es", description = "es (default) or en")
    String lang;

    @Option(names = "--format", defaultValue = "html", description = "html (default) or pdf")
    String format;

    @Option(names = "--out", description = "Write here instead of stdout (all or nothing).")
    Path outFile;

    @Parameters(paramLabel = "FILE", description = "The document.")
    String file;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      if (!lang.matches("es|en") || !format.matches("html|pdf")) {
        err.println("puente doc render: --lang es|en and --format html|pdf");
        return Main.UNUSABLE;
      }
      try {
        byte[] result =
            sources
                .documents(false)
                .render(
                    read(file), Lang.valueOf(lang.toUpperCase(Locale.ROOT)), format.equals("pdf"));
        if (outFile == null && format.equals("pdf")) {
          System.out.write(result);
          System.out.flush();
        } else {
          emit(spec.commandLine().getOut(), outFile, result);
        }
        return 0;
      } catch (DocumentException e) {
        return refused(spec.commandLine().getOut(), e);
      }
    }
  }
}
