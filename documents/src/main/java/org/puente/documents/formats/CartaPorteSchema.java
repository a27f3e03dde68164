package org.puente.documents.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.puente.documents.DocumentException;
import org.puente.documents.ErrorCode;
import org.puente.documents.ValidationError;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * SAT's Carta Porte 3.1 XSD (with the catalogues it imports), compiled once and used to validate
 * the complement. The XSD is not shipped inside Puente: it is loaded from a folder laid out as SAT
 * publishes it ({@code CartaPorte/CartaPorte31.xsd}, {@code catalogos/...}, {@code tipoDatos/...}),
 * so operators validate against SAT's current catalogues. Schema imports may only read local files.
 */
public final class CartaPorteSchema {
  private final Schema schema;

  private CartaPorteSchema(Schema schema) {
    this.schema = schema;
  }

  /** Compiles the XSD from a folder laid out as SAT publishes it. */
  public static CartaPorteSchema load(Path folder) throws DocumentException {
    Path xsd = folder.resolve("CartaPorte").resolve("CartaPorte31.xsd");
    if (!Files.isRegularFile(xsd)) {
      throw new DocumentException(
          DocumentException.Code.MALFORMED_INPUT, "no Carta Porte 3.1 XSD at " + xsd);
    }
    try {
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
      return new CartaPorteSchema(f.newSchema(xsd.toFile()));
    } catch (SAXException e) {
      throw new DocumentException(
          DocumentException.Code.MALFORMED_INPUT, "the Carta Porte XSD does not compile: " + e, e);
    }
  }

  /** Validates a {@code cartaporte31:CartaPorte} element; returns every schema error. */
  public List<ValidationError> validate(Element cartaPorte) {
    List<ValidationError> errors = new ArrayList<>();
    Validator v = schema.newValidator();
    try {
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      v.setErrorHandler(collecting(errors));
      v.validate(new DOMSource(cartaPorte));
    } catch (SAXException | IOException e) {
      errors.add(ErrorCode.XSD.at("/CartaPorte", String.valueOf(e.getMessage())));
    }
    return errors;
  }

  private static ErrorHandler collecting(List<ValidationError> errors) {
    return new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {
        // Not an error.
      }

      @Override
      public void error(SAXParseException e) {
        errors.add(ErrorCode.XSD.at(where(e), e.getMessage()));
      }

      @Override
      public void fatalError(SAXParseException e) {
        error(e);
      }
    };
  }

  private static String where(SAXParseException e) {
    return e.getLineNumber() < 0
        ? "/CartaPorte"
        : String.format(Locale.ROOT, "/CartaPorte@%d:%d", e.getLineNumber(), e.getColumnNumber());
  }
}
