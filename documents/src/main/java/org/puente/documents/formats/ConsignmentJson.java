package org.puente.documents.formats;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.puente.documents.DocumentException;
import org.puente.documents.ValidationError;
import org.puente.documents.model.Consignment;

/**
 * The canonical consignment as JSON: {@code "documentType": "Consignment"} and one member per
 * record component (see the JSON Schema {@code consignment.schema.json}).
 */
public final class ConsignmentJson {
  /** The value of {@code documentType}. */
  public static final String TYPE = "Consignment";

  private ConsignmentJson() {}

  /** The consignment as a JSON object. */
  public static JsonObject toJson(Consignment c) {
    return JsonInput.JSON
        .createObjectBuilder()
        .add("documentType", TYPE)
        .addAll(JsonInput.JSON.createObjectBuilder(RecordJson.write(c).asJsonObject()))
        .build();
  }

  /** The consignment as pretty UTF-8 JSON. */
  public static byte[] write(Consignment c) {
    return JsonInput.pretty(toJson(c)).getBytes(StandardCharsets.UTF_8);
  }

  /** Reads untrusted consignment JSON. */
  public static Consignment read(byte[] bytes) throws DocumentException {
    return fromJson(JsonInput.parseObject(bytes));
  }

  /** Reads a parsed consignment object; every invalid value is reported with its JSON Pointer. */
  public static Consignment fromJson(JsonObject json) throws DocumentException {
    if (!TYPE.equals(json.getString("documentType", null))) {
      throw new DocumentException(
          DocumentException.Code.UNKNOWN_KIND, "expected \"documentType\": \"Consignment\"");
    }
    List<ValidationError> errors = new ArrayList<>();
    Consignment c = RecordJson.read(json, Consignment.class, "", errors, Set.of("documentType"));
    if (!errors.isEmpty() || c == null) {
      throw new DocumentException(
          DocumentException.Code.INVALID_DOCUMENT,
          "the consignment has " + errors.size() + " invalid value(s)",
          errors);
    }
    return c;
  }
}
