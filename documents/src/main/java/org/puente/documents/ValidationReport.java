package org.puente.documents;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Objects;
import org.puente.credentials.jsonld.JsonSupport;

/**
 * The outcome of validating one document: its kind and every error (none when valid), plus notes on
 * checks that could not run (the SAT XSD or the HS nomenclature not configured).
 *
 * @param kind what the document is
 * @param errors every error found
 * @param notes checks skipped, and why
 */
public record ValidationReport(
    DocumentKind kind, List<ValidationError> errors, List<String> notes) {
  public ValidationReport {
    Objects.requireNonNull(kind, "kind");
    errors = List.copyOf(errors);
    notes = List.copyOf(notes);
  }

  /** Whether no error was found. */
  public boolean valid() {
    return errors.isEmpty();
  }

  /** The report as JSON: kind, valid, errors with path, code and both messages, notes. */
  public JsonObject toJson() {
    JsonArrayBuilder list = JsonSupport.PROVIDER.createArrayBuilder();
    for (ValidationError e : errors) {
      list.add(
          JsonSupport.PROVIDER
              .createObjectBuilder()
              .add("path", e.path())
              .add("code", e.code())
              .add(
                  "message",
                  JsonSupport.PROVIDER.createObjectBuilder().add("en", e.en()).add("es", e.es())));
    }
    return JsonSupport.PROVIDER
        .createObjectBuilder()
        .add("kind", kind.name())
        .add("valid", valid())
        .add("errors", list)
        .add("notes", JsonSupport.PROVIDER.createArrayBuilder(notes))
        .build();
  }
}
