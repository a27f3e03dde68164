package org.puente.documents.formats;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.puente.documents.DocumentException;
import org.puente.documents.ErrorCode;
import org.puente.documents.ValidationError;
import org.puente.documents.model.Consignment;

/**
 * The CBP entry summary (CBP Form 7501) as JSON: {@code "documentType": "CBP7501EntrySummary"} and
 * one member per block of {@link EntrySummary}. Writing takes the whole consignment and raises
 * MISSING_FIELDS for what CBP needs and the consignment lacks; reading checks every identifier and
 * the form's rules ({@code EntrySummaryRules}) and returns the partial consignment the form
 * describes, whose US entry data ({@link Consignment#usEntry()}) holds the form's own blocks.
 */
public final class EntrySummaryJson {
  /** The value of {@code documentType}. */
  public static final String TYPE = "CBP7501EntrySummary";

  private EntrySummaryJson() {}

  /** The consignment's entry summary; MISSING_FIELDS or INVALID_DOCUMENT when it cannot be. */
  public static EntrySummary toSummary(Consignment c) throws DocumentException {
    return EntrySummaryWriter.write(c);
  }

  /** The consignment an entry summary describes. */
  public static Consignment toConsignment(EntrySummary s) {
    return EntrySummaryReader.consignment(s);
  }

  /** An entry summary as a JSON object. */
  public static JsonObject toJson(EntrySummary s) {
    return JsonInput.JSON
        .createObjectBuilder()
        .add("documentType", TYPE)
        .addAll(JsonInput.JSON.createObjectBuilder(RecordJson.write(s).asJsonObject()))
        .build();
  }

  /** The consignment's entry summary as pretty UTF-8 JSON. */
  public static byte[] write(Consignment c) throws DocumentException {
    return JsonInput.pretty(toJson(toSummary(c))).getBytes(StandardCharsets.UTF_8);
  }

  /** Reads untrusted entry summary JSON into the consignment it describes. */
  public static Consignment read(byte[] bytes) throws DocumentException {
    EntrySummary s = fromJson(JsonInput.parseObject(bytes));
    try {
      return toConsignment(s);
    } catch (IllegalArgumentException e) {
      throw new DocumentException(
          DocumentException.Code.INVALID_DOCUMENT,
          "the entry summary has an invalid value",
          List.of(ErrorCode.SCHEMA.at("", String.valueOf(e.getMessage()))));
    }
  }

  /** Reads a parsed entry summary, checking its identifiers and rules. */
  public static EntrySummary fromJson(JsonObject json) throws DocumentException {
    if (!TYPE.equals(json.getString("documentType", null))) {
      throw new DocumentException(
          DocumentException.Code.UNKNOWN_KIND, "expected \"documentType\": \"" + TYPE + "\"");
    }
    List<ValidationError> errors = new ArrayList<>();
    EntrySummary s = RecordJson.read(json, EntrySummary.class, "", errors, Set.of("documentType"));
    if (errors.isEmpty() && s != null) {
      errors.addAll(EntrySummaryRules.check(s));
    }
    if (!errors.isEmpty() || s == null) {
      throw new DocumentException(
          DocumentException.Code.INVALID_DOCUMENT,
          "the entry summary has " + errors.size() + " invalid value(s)",
          errors);
    }
    return s;
  }
}
