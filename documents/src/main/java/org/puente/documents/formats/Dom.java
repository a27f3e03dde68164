package org.puente.documents.formats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.puente.documents.DocumentException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Small DOM helpers: optional attributes, namespaced children. */
final class Dom {
  private Dom() {}

  static Element child(Element parent, String ns, String name) {
    Element e =
        parent
            .getOwnerDocument()
            .createElementNS(
                ns, parent.getPrefix() == null ? name : parent.getPrefix() + ":" + name);
    parent.appendChild(e);
    return e;
  }

  static void attr(Element e, String name, Object value) {
    if (value != null) {
      e.setAttribute(name, value instanceof BigDecimal d ? d.toPlainString() : value.toString());
    }
  }

  static String attr(Element e, String name) {
    return e.hasAttribute(name) ? e.getAttribute(name) : null;
  }

  static BigDecimal decimal(Element e, String name) throws DocumentException {
    String v = attr(e, name);
    if (v == null) {
      return null;
    }
    try {
      return new BigDecimal(v.strip());
    } catch (NumberFormatException ex) {
      throw new DocumentException(
          DocumentException.Code.MALFORMED_INPUT, name + " is not a decimal: " + v, ex);
    }
  }

  static List<Element> children(Element parent, String ns, String name) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node n = nodes.item(i);
      if (n instanceof Element e
          && name.equals(e.getLocalName())
          && java.util.Objects.equals(emptyToNull(ns), e.getNamespaceURI())) {
        out.add(e);
      }
    }
    return out;
  }

  private static String emptyToNull(String ns) {
    return ns == null || ns.isEmpty() ? null : ns;
  }

  static Element first(Element parent, String ns, String name) {
    List<Element> all = children(parent, ns, name);
    return all.isEmpty() ? null : all.get(0);
  }

  static String text(Element parent, String ns, String name) {
    Element e = first(parent, ns, name);
    return e == null ? null : e.getTextContent().strip();
  }

  static void text(Element parent, String ns, String name, Object value) {
    if (value != null) {
      child(parent, ns, name).setTextContent(value.toString());
    }
  }
}
