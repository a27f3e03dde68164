package org.puente.documents.formats;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.puente.documents.DocumentException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The only way this module reads and writes XML: UTF-8 only, a size limit, no DOCTYPE (so no entity
 * declarations, no external entities, no billion laughs), no XInclude, secure processing.
 */
public final class SafeXml {
  /** The largest XML document accepted (4 MiB). */
  public static final int MAX_BYTES = 4 * 1024 * 1024;

  private static final Pattern DECLARED_ENCODING =
      Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)[\"']");

  private SafeXml() {}

  /** Parses untrusted bytes; refuses anything that is not plain, well-formed UTF-8 XML. */
  public static Document parse(byte[] bytes) throws DocumentException {
    Limits.requireSize(bytes, MAX_BYTES, "XML");
    String text = requireUtf8(bytes);
    if (text.contains("<!DOCTYPE") || text.contains("<!ENTITY")) {
      throw new DocumentException(
          DocumentException.Code.FORBIDDEN_XML,
          "XML with a DOCTYPE or entity declaration is refused");
    }
    try {
      DocumentBuilder builder = factory().newDocumentBuilder();
      builder.setErrorHandler(THROWING);
      return builder.parse(new ByteArrayInputStream(bytes));
    } catch (SAXException e) {
      throw refused(e);
    } catch (ParserConfigurationException | java.io.IOException e) {
      throw new DocumentException(DocumentException.Code.MALFORMED_INPUT, e.getMessage(), e);
    }
  }

  /** A fresh empty namespace-aware document to build. */
  public static Document newDocument() {
    try {
      return factory().newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser refuses secure settings", e);
    }
  }

  /** Serialises a document as indented UTF-8 with an XML declaration. */
  public static byte[] write(Document document) {
    try {
      TransformerFactory tf = TransformerFactory.newInstance();
      tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
      Transformer t = tf.newTransformer();
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      t.setOutputProperty(OutputKeys.INDENT, "yes");
      t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
      document.setXmlStandalone(true);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      t.transform(new DOMSource(document), new StreamResult(out));
      String text = out.toString(StandardCharsets.UTF_8);
      // The JDK omits the line break after the declaration of a standalone document.
      return text.replaceFirst("\\?><", "?>\n<").getBytes(StandardCharsets.UTF_8);
    } catch (TransformerException e) {
      throw new IllegalStateException("could not serialise XML", e);
    }
  }

  private static String requireUtf8(byte[] bytes) throws DocumentException {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new DocumentException(
          DocumentException.Code.WRONG_ENCODING, "the XML is not valid UTF-8", e);
    }
    Matcher m = DECLARED_ENCODING.matcher(text.stripLeading());
    if (m.find() && !m.group(1).toUpperCase(Locale.ROOT).equals("UTF-8")) {
      throw new DocumentException(
          DocumentException.Code.WRONG_ENCODING,
          "the XML declares encoding " + m.group(1) + "; only UTF-8 is accepted");
    }
    return text;
  }

  private static DocumentBuilderFactory factory() throws ParserConfigurationException {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    return f;
  }

  private static DocumentException refused(SAXException e) {
    String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
    if (message.contains("DOCTYPE")) {
      return new DocumentException(DocumentException.Code.FORBIDDEN_XML, message, e);
    }
    return new DocumentException(DocumentException.Code.MALFORMED_INPUT, message, e);
  }

  private static final ErrorHandler THROWING =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
          // Warnings do not make a document unreadable.
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };
}
