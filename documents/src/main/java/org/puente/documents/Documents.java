package org.puente.documents;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.puente.documents.credentials.HsNomenclature;
import org.puente.documents.credentials.TradeCredential;
import org.puente.documents.credentials.TradeCredentials;
import org.puente.documents.formats.CartaPorteSchema;
import org.puente.documents.formats.CartaPorteXml;
import org.puente.documents.formats.ConsignmentJson;
import org.puente.documents.formats.DodaXml;
import org.puente.documents.formats.EManifestJson;
import org.puente.documents.formats.EntrySummaryJson;
import org.puente.documents.formats.JsonInput;
import org.puente.documents.formats.SafeXml;
import org.puente.documents.formats.X12Manifest309;
import org.puente.documents.ids.IdScheme;
import org.puente.documents.model.Consignment;
import org.puente.documents.model.PartyRole;
import org.puente.documents.render.DocumentRenderer;
import org.puente.documents.render.Lang;
import org.w3c.dom.Element;

/**
 * The documents module's face: detect what a file is, validate it (schema, identifiers, business
 * rules, SAT's XSD when configured), translate between the canonical consignment and the national
 * formats (e-Manifest, DODA, Carta Porte, CBP Form 7501 entry summary). Untrusted input that cannot
 * be read at all raises {@link DocumentException}; a readable document with errors yields a {@link
 * ValidationReport}.
 */
public final class Documents {
  /** What the target of a translation is. */
  public enum Target {
    /** Canonical consignment JSON. */
    CONSIGNMENT,
    /** ACE e-Manifest trip JSON. */
    EMANIFEST,
    /** DODA XML. */
    DODA,
    /** Carta Porte 3.1 XML. */
    CARTAPORTE,
    /** CBP Form 7501 entry summary JSON. */
    ENTRY_SUMMARY,
    /**
     * The e-Manifest trip as an ANSI X12 309 interchange, enveloped with the carrier's SCAC as
     * sender, {@link #X12_RECEIVER} as receiver and a control number from the clock.
     */
    X12_309
  }

  /** The default X12 receiver id; set the real one with {@link #toX12Manifest}. */
  public static final String X12_RECEIVER = "USCBPACE";

  private final Optional<CartaPorteSchema> satSchema;
  private final Optional<HsNomenclature> hs;
  private final TradeCredentials credentials;
  private final Clock clock;

  private Documents(
      Optional<CartaPorteSchema> satSchema, Optional<HsNomenclature> hs, Clock clock) {
    this.satSchema = satSchema;
    this.hs = hs;
    this.credentials = hs.map(TradeCredentials::create).orElseGet(TradeCredentials::create);
    this.clock = clock;
  }

  /** The same service with another clock (the X12 interchange date, time and control number). */
  public Documents withClock(Clock clock) {
    return new Documents(satSchema, hs, java.util.Objects.requireNonNull(clock, "clock"));
  }

  /**
   * A documents service; {@code satSchemaFolder} (SAT's Carta Porte 3.1 XSD folder) and {@code
   * hsCsv} (the HS 2022 nomenclature CSV) are optional and each switches on its check.
   */
  public static Documents create(Path satSchemaFolder, Path hsCsv) throws DocumentException {
    return new Documents(
        satSchemaFolder == null
            ? Optional.empty()
            : Optional.of(CartaPorteSchema.load(satSchemaFolder)),
        hsCsv == null ? Optional.empty() : Optional.of(HsNomenclature.load(hsCsv)),
        Clock.systemUTC());
  }

  /** What an input is, by its root element or JSON shape. */
  public static DocumentKind detect(byte[] input) throws DocumentException {
    int i = 0;
    while (i < input.length && Character.isWhitespace(input[i])) {
      i++;
    }
    if (i < input.length && input[i] == '<') {
      Element root = SafeXml.parse(input).getDocumentElement();
      if (CartaPorteXml.NS.equals(root.getNamespaceURI())
          && "CartaPorte".equals(root.getLocalName())) {
        return DocumentKind.CARTA_PORTE;
      }
      if (root.getNamespaceURI() == null && "doda".equals(root.getLocalName())) {
        return DocumentKind.DODA;
      }
      throw new DocumentException(
          DocumentException.Code.UNKNOWN_KIND, "unknown XML root " + root.getNodeName());
    }
    JsonObject json = JsonInput.parseObject(input);
    String type = json.getString("documentType", "");
    if (type.equals(ConsignmentJson.TYPE)) {
      return DocumentKind.CONSIGNMENT;
    }
    if (type.equals(EManifestJson.TYPE)) {
      return DocumentKind.EMANIFEST;
    }
    if (type.equals(EntrySummaryJson.TYPE)) {
      return DocumentKind.ENTRY_SUMMARY;
    }
    if (json.containsKey("@context") && json.containsKey("credentialSubject")) {
      return DocumentKind.CREDENTIAL;
    }
    throw new DocumentException(
        DocumentException.Code.UNKNOWN_KIND,
        "neither a consignment, an e-Manifest, a credential, a Carta Porte nor a DODA");
  }

  /** Validates a document of any kind. */
  public ValidationReport validate(byte[] input) throws DocumentException {
    DocumentKind kind = detect(input);
    List<ValidationError> errors = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (hs.isEmpty()) {
      notes.add("HS codes checked for shape only: no HS 2022 nomenclature configured");
    }
    if (kind == DocumentKind.CREDENTIAL) {
      errors.addAll(credentials.validate(JsonInput.parseObject(input)));
      return new ValidationReport(kind, errors, notes);
    }
    if (kind == DocumentKind.CARTA_PORTE) {
      if (satSchema.isPresent()) {
        errors.addAll(satSchema.get().validate(SafeXml.parse(input).getDocumentElement()));
      } else {
        notes.add("SAT Carta Porte 3.1 XSD not configured: schema validation skipped");
      }
    }
    try {
      Consignment c = read(kind, input);
      errors.addAll(ConsignmentRules.check(c, hs));
      errors.addAll(completeness(kind, c));
    } catch (DocumentException e) {
      if (e.code() != DocumentException.Code.INVALID_DOCUMENT) {
        throw e;
      }
      errors.addAll(e.errors());
    }
    return new ValidationReport(kind, errors, notes);
  }

  /** What the document's own authority still needs: the document rewritten from what it holds. */
  private static List<ValidationError> completeness(DocumentKind kind, Consignment c) {
    try {
      switch (kind) {
        case EMANIFEST -> EManifestJson.toJson(c);
        case DODA -> DodaXml.toDocument(c);
        case CARTA_PORTE -> CartaPorteXml.toDocument(c);
        case ENTRY_SUMMARY -> EntrySummaryJson.toSummary(c);
        default -> {}
      }
      return List.of();
    } catch (DocumentException e) {
      return e.errors();
    }
  }

  /**
   * Reads any consignment-carrying document (consignment, e-Manifest, DODA, Carta Porte, or a
   * credential holding one).
   */
  public Consignment read(byte[] input) throws DocumentException {
    return read(detect(input), input);
  }

  private Consignment read(DocumentKind kind, byte[] input) throws DocumentException {
    return switch (kind) {
      case CONSIGNMENT -> ConsignmentJson.read(input);
      case EMANIFEST -> EManifestJson.read(input);
      case DODA -> DodaXml.read(input);
      case CARTA_PORTE -> CartaPorteXml.read(input);
      case ENTRY_SUMMARY -> EntrySummaryJson.read(input);
      case CREDENTIAL -> {
        TradeCredential vc = credentials.fromCredential(JsonInput.parseObject(input));
        yield TradeCredentials.consignment(vc);
      }
    };
  }

  /**
   * Translates a document into another form; MISSING_FIELDS says what the target's authority lacks.
   */
  public byte[] translate(byte[] input, Target target) throws DocumentException {
    Consignment c = read(input);
    return switch (target) {
      case CONSIGNMENT -> ConsignmentJson.write(c);
      case EMANIFEST -> EManifestJson.write(c);
      case DODA -> DodaXml.write(c);
      case CARTAPORTE -> CartaPorteXml.write(c);
      case ENTRY_SUMMARY -> EntrySummaryJson.write(c);
      case X12_309 -> X12Manifest309.write(c, defaultEnvelope(c));
    };
  }

  /** Any consignment-carrying document's e-Manifest trip as an X12 309 interchange. */
  public byte[] toX12Manifest(byte[] input, X12Manifest309.Envelope envelope)
      throws DocumentException {
    return X12Manifest309.write(read(input), envelope);
  }

  private X12Manifest309.Envelope defaultEnvelope(Consignment c) {
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    String sender =
        c.party(PartyRole.CARRIER).flatMap(p -> p.identifier(IdScheme.SCAC)).orElse("PUENTE");
    return new X12Manifest309.Envelope(
        sender, X12_RECEIVER, 1 + now.toEpochSecond() % 999_999_999L, now, false);
  }

  /** The trade credentials service this instance validates with. */
  public TradeCredentials credentials() {
    return credentials;
  }

  /** Renders a document in a language as HTML (UTF-8) or PDF, with its QR code. */
  public byte[] render(byte[] input, Lang lang, boolean pdf) throws DocumentException {
    DocumentKind kind = detect(input);
    JsonObject json;
    String typeName;
    if (kind == DocumentKind.CREDENTIAL) {
      TradeCredential vc = credentials.fromCredential(JsonInput.parseObject(input));
      json = JsonInput.parseObject(input);
      typeName = vc.type().vcType();
    } else if (kind == DocumentKind.ENTRY_SUMMARY) {
      json = EntrySummaryJson.toJson(EntrySummaryJson.fromJson(JsonInput.parseObject(input)));
      typeName = "EntrySummary";
    } else {
      json = ConsignmentJson.toJson(read(kind, input));
      typeName =
          switch (kind) {
            case DODA -> "Doda";
            case CARTA_PORTE -> "CartaPorte";
            case EMANIFEST -> "EManifestTrip";
            default -> "Consignment";
          };
    }
    return pdf
        ? DocumentRenderer.pdf(kind, typeName, json, lang)
        : DocumentRenderer.html(kind, typeName, json, lang).getBytes(StandardCharsets.UTF_8);
  }
}
