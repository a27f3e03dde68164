package org.puente.credentials.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.context.TermDefinition;
import com.apicatalog.jsonld.lang.BlankNode;
import com.apicatalog.jsonld.uri.UriUtils;
import com.apicatalog.jsonld.uri.UriValidationPolicy;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON-LD → RDF without titanium's generic Expansion, Node Map Generation and Deserialization
 * (JSON-LD 1.1 API §5.1.2, §7.2, §8.1), for the subset Puente's credentials use: node objects whose
 * every key is {@code @id}, {@code @type} or a term (or IRI) mapping to a plain property, with
 * string, integer, boolean, IRI and typed-literal values, {@code @set} or no container, and type-
 * and property-scoped contexts (which {@link ScopedContexts} processes once through titanium).
 *
 * <p>Anything outside the subset — embedded {@code @context}, value/list/graph objects, other
 * containers, {@code @reverse}, {@code @nest}, {@code @json}, language or direction, non-integer
 * numbers, undefined terms, relative or malformed IRIs, colliding keywords — throws {@link
 * Unsupported} before any quad leaves this class; the caller then runs titanium's full algorithms,
 * so the result never depends on which path ran. The corpus test {@code DirectToRdfOracleTest}
 * checks both paths give the same canonical N-Quads.
 */
final class DirectToRdf {
  private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
  private static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";
  private static final String XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer";
  private static final String XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean";
  private static final BigInteger INTEGER_LIMIT = BigInteger.TEN.pow(21);

  /** The document leaves the supported subset; nothing has been emitted. */
  static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported(String reason) {
      super(reason, null, false, false);
    }
  }

  private final ScopedContexts scoped;
  private final UriValidationPolicy policy;
  private final List<String[]> quads = new ArrayList<>(128);
  private final Map<String, String> blankLabels = new HashMap<>();
  private final int maxQuads;
  private final JsonLimits limits;
  private int values;
  private int nextBlank;

  private DirectToRdf(
      ScopedContexts scoped, UriValidationPolicy policy, int maxQuads, JsonLimits limits) {
    this.scoped = scoped;
    this.policy = policy;
    this.maxQuads = maxQuads;
    this.limits = limits;
  }

  /**
   * Emits into {@code out} the quads of {@code document} (a top-level node object whose {@code
   * @context} gave {@code active}) expanded from {@code active}, or throws before emitting
   * anything.
   *
   * <p>The walk visits every JSON value of the document and counts values and depth as {@link
   * JsonLimits#check} does, starting from the {@code contextValues} of the top-level {@code
   * @context} (counted by the caller before processing it), so a document past {@code limits} is
   * left to the full path, which checks the limits first and reports the breach; a document within
   * them is not walked twice.
   */
  static void toRdf(
      ScopedContexts scoped,
      ActiveContext active,
      JsonObject document,
      NQuadsCollector out,
      JsonLimits limits,
      int contextValues)
      throws Unsupported, JsonLdError {
    DirectToRdf walk =
        new DirectToRdf(scoped, active.runtime().getUriValidation(), out.max(), limits);
    walk.values = contextValues;
    walk.node(active, null, document, 1);
    for (String[] q : walk.quads) {
      out.add(q);
    }
  }

  /** JSON-LD 1.1 API §5.1.2 for one node object, then its triples (§8.1): returns its subject. */
  private String node(ActiveContext parent, String activeProperty, JsonObject element, int depth)
      throws Unsupported, JsonLdError {
    visit(depth);
    boolean top = activeProperty == null;
    if (!top && element.containsKey("@context")) {
      throw new Unsupported("embedded @context");
    }
    ActiveContext context = parent;
    // §5.1.2 step 7: a non-propagated (type-scoped) context reverts, unless only @id is given
    if (context.getPreviousContext() != null && !onlyId(context, element)) {
      context = context.getPreviousContext();
    }
    // step 8: the active property's property-scoped context, read from the parent's context
    TermDefinition property = activeProperty == null ? null : term(parent, activeProperty);
    if (property != null && property.hasLocalContext()) {
      context = scoped.propertyScoped(context, property);
    }
    ActiveContext typeScoped = context;
    String typeKey = null;
    String idKey = null;
    // each key's term definition, looked up once (reused below unless a type-scoped context
    // changes the active context)
    TermDefinition[] definitions = new TermDefinition[element.size()];
    int index = 0;
    for (String key : element.keySet()) {
      if (top && key.equals("@context")) {
        index++;
        continue;
      }
      TermDefinition definition = key.startsWith("@") ? null : term(typeScoped, key);
      definitions[index++] = definition;
      String keyword = keyword(key, definition);
      if ("@type".equals(keyword)) {
        typeKey = only(typeKey, key);
      } else if ("@id".equals(keyword)) {
        idKey = only(idKey, key);
      }
    }
    List<String> types = typeKey == null ? List.of() : strings(element.get(typeKey), depth + 1);
    if (idKey != null) {
      visit(depth + 1);
    }
    // step 11: type-scoped contexts, in lexicographic order of the type values
    for (String type : sorted(types)) {
      TermDefinition definition = term(typeScoped, type);
      if (definition != null && definition.hasLocalContext()) {
        context = scoped.typeScoped(context, definition);
      }
    }
    String subject = idKey == null ? freshBlank() : nodeId(context, element.get(idKey));
    for (String type : types) {
      String iri = scoped.expandVocab(typeScoped, type, true);
      emit(subject, RDF_TYPE, iri(iri), null);
    }
    index = 0;
    for (Map.Entry<String, JsonValue> entry : element.entrySet()) {
      String key = entry.getKey();
      TermDefinition definition = definitions[index++];
      if (!key.equals(typeKey) && !key.equals(idKey) && !(top && key.equals("@context"))) {
        if (context != typeScoped) {
          definition = key.startsWith("@") ? null : term(context, key);
        }
        property(context, subject, key, definition, entry.getValue(), depth + 1);
      }
    }
    return subject;
  }

  /** A property of {@code subject} whose value is at {@code depth}. */
  private void property(
      ActiveContext context,
      String subject,
      String key,
      TermDefinition definition,
      JsonValue value,
      int depth)
      throws Unsupported, JsonLdError {
    if (key.startsWith("@")) {
      throw new Unsupported("keyword " + key);
    }
    // a term definition checked once (per canonicalizer) is not checked again
    String predicate = definition == null ? null : scoped.plainProperty(definition);
    if (predicate == null) {
      predicate = predicate(context, key, definition);
      checkSupported(definition);
      if (definition != null) {
        scoped.rememberPlainProperty(definition, predicate);
      }
    }
    Arc arc = new Arc(subject, predicate, key, definition);
    if (value instanceof JsonArray array) {
      visit(depth);
      for (JsonValue item : array) {
        if (item instanceof JsonArray) {
          throw new Unsupported("nested array");
        }
        object(context, arc, item, depth + 1);
      }
    } else {
      object(context, arc, value, depth);
    }
  }

  /** One property of one subject, with the key's term definition (null for an IRI key). */
  private record Arc(String subject, String predicate, String key, TermDefinition definition) {}

  private void object(ActiveContext context, Arc arc, JsonValue value, int depth)
      throws Unsupported, JsonLdError {
    switch (value.getValueType()) {
      case NULL -> visit(depth); // §5.1.2 step 13.4: null values are dropped
      case OBJECT ->
          emit(
              arc.subject(),
              arc.predicate(),
              node(context, arc.key(), value.asJsonObject(), depth),
              null);
      default -> {
        visit(depth);
        scalar(context, arc, value);
      }
    }
  }

  /** One more JSON value at {@code depth}: past the limits, the full path reports the breach. */
  private void visit(int depth) throws Unsupported {
    if (depth > limits.maxDepth() || ++values > limits.maxNodes()) {
      throw new Unsupported("past the JSON limits; the full path reports it");
    }
  }

  /** §5.3 Value Expansion of a scalar, then §8.1.2 Object to RDF Conversion. */
  private void scalar(ActiveContext context, Arc arc, JsonValue value)
      throws Unsupported, JsonLdError {
    ActiveContext valueContext = context;
    TermDefinition term = arc.definition();
    if (term != null && term.hasLocalContext()) {
      valueContext = scoped.scalarScoped(context, term);
      term = term(valueContext, arc.key());
      checkSupported(term);
    }
    String typeMapping = term == null ? null : term.getTypeMapping();
    String subject = arc.subject();
    String predicate = arc.predicate();
    switch (value.getValueType()) {
      case STRING -> string(valueContext, subject, predicate, typeMapping, (JsonString) value);
      case NUMBER -> {
        JsonNumber number = (JsonNumber) value;
        if (typeMapping != null || !number.isIntegral()) {
          throw new Unsupported("non-integer or typed number");
        }
        BigInteger integer = number.bigIntegerValue();
        if (integer.abs().compareTo(INTEGER_LIMIT) >= 0) {
          throw new Unsupported("integer beyond 10^21");
        }
        emit(subject, predicate, integer.toString(), XSD_INTEGER);
      }
      case TRUE, FALSE -> {
        if (typeMapping != null) {
          throw new Unsupported("typed boolean");
        }
        emit(subject, predicate, value.toString(), XSD_BOOLEAN);
      }
      default -> throw new Unsupported("unexpected " + value.getValueType());
    }
  }

  private void string(
      ActiveContext context, String subject, String predicate, String typeMapping, JsonString s)
      throws Unsupported, JsonLdError {
    String text = s.getString();
    if (typeMapping == null) {
      if (context.getDefaultLanguage() != null || context.getDefaultBaseDirection() != null) {
        throw new Unsupported("default language or direction");
      }
      emit(subject, predicate, text, XSD_STRING);
    } else if ("@id".equals(typeMapping) || "@vocab".equals(typeMapping)) {
      boolean vocab = "@vocab".equals(typeMapping);
      String expanded =
          vocab
              ? scoped.expandVocab(context, text, true)
              : context.uriExpansion().vocab(false).documentRelative(true).expand(text);
      emit(subject, predicate, reference(expanded, vocab), null);
    } else {
      emit(subject, predicate, text, typeMapping);
    }
  }

  private void checkSupported(TermDefinition definition) throws Unsupported {
    if (definition == null) {
      return;
    }
    Collection<String> containers = definition.getContainerMapping();
    boolean plainContainer =
        containers == null
            || containers.isEmpty()
            || (containers.size() == 1 && containers.contains("@set"));
    String type = definition.getTypeMapping();
    boolean plainType =
        type == null || "@id".equals(type) || "@vocab".equals(type) || !type.startsWith("@");
    if (!plainContainer
        || !plainType
        || definition.isReverseProperty()
        || definition.getNestValue() != null
        || definition.getIndexMapping() != null
        || definition.getLanguageMapping() != null
        || definition.getDirectionMapping() != null) {
      throw new Unsupported("term definition outside the subset: " + definition);
    }
  }

  private String predicate(ActiveContext context, String key, TermDefinition definition)
      throws Unsupported, JsonLdError {
    String iri =
        definition != null ? definition.getUriMapping() : scoped.expandVocab(context, key, false);
    if (iri == null || iri.startsWith("@") || BlankNode.hasPrefix(iri)) {
      throw new Unsupported("property " + key + " maps to " + iri);
    }
    return iri(iri);
  }

  /** A vocabulary IRI (property, type, {@code @vocab} value): its check is remembered. */
  private String iri(String value) throws Unsupported {
    if (value == null || BlankNode.hasPrefix(value) || !scoped.isAbsoluteIri(value, policy)) {
      throw new Unsupported("not an absolute IRI: " + value);
    }
    return value;
  }

  /**
   * A node reference. A document's own IRIs ({@code vocabulary} false: node ids, {@code @id}
   * values) are checked every time: no cache is keyed by the credential being processed.
   */
  private String reference(String value, boolean vocabulary) throws Unsupported {
    if (value != null && BlankNode.hasPrefix(value)) {
      if (!BlankNode.isWellFormed(value)) {
        throw new Unsupported("malformed blank node " + value);
      }
      return blankLabels.computeIfAbsent(value, v -> freshBlank());
    }
    if (vocabulary) {
      return iri(value);
    }
    if (value == null || !UriUtils.isAbsoluteUri(value, policy)) {
      throw new Unsupported("not an absolute IRI: " + value);
    }
    return value;
  }

  private String nodeId(ActiveContext context, JsonValue id) throws Unsupported, JsonLdError {
    if (!(id instanceof JsonString s)) {
      throw new Unsupported("non-string @id");
    }
    return reference(
        context.uriExpansion().documentRelative(true).vocab(false).expand(s.getString()), false);
  }

  private String freshBlank() {
    return "_:d" + nextBlank++;
  }

  private void emit(String subject, String predicate, String object, String datatype)
      throws Unsupported {
    if (quads.size() > maxQuads) {
      throw new Unsupported("too many quads; the full path reports it");
    }
    quads.add(new String[] {subject, predicate, object, datatype, null, null, null});
  }

  private static boolean onlyId(ActiveContext context, JsonObject element) throws Unsupported {
    return element.size() == 1
        && "@id".equals(keyword(context, element.keySet().iterator().next()));
  }

  /** The keyword {@code key} maps to in {@code context}, or null for a property. */
  private static String keyword(ActiveContext context, String key) throws Unsupported {
    return keyword(key, key.startsWith("@") ? null : term(context, key));
  }

  /** The keyword {@code key} (with its term {@code definition}) maps to, or null. */
  private static String keyword(String key, TermDefinition definition) throws Unsupported {
    if (key.startsWith("@")) {
      if (key.equals("@id") || key.equals("@type")) {
        return key;
      }
      throw new Unsupported("keyword " + key);
    }
    String mapping = definition == null ? null : definition.getUriMapping();
    if (mapping != null && mapping.startsWith("@")) {
      if (mapping.equals("@id") || mapping.equals("@type")) {
        return mapping;
      }
      throw new Unsupported("alias of " + mapping);
    }
    return null;
  }

  private static String only(String previous, String key) throws Unsupported {
    if (previous != null) {
      throw new Unsupported("colliding keywords " + previous + " and " + key);
    }
    return key;
  }

  /** The {@code @type} value at {@code depth}: a string or an array of strings. */
  private List<String> strings(JsonValue value, int depth) throws Unsupported {
    visit(depth);
    List<String> out = new ArrayList<>();
    if (value instanceof JsonString s) {
      out.add(s.getString());
    } else if (value instanceof JsonArray array) {
      for (JsonValue item : array) {
        visit(depth + 1);
        if (!(item instanceof JsonString s)) {
          throw new Unsupported("non-string @type value");
        }
        out.add(s.getString());
      }
    } else {
      throw new Unsupported("@type is " + value.getValueType());
    }
    return out;
  }

  private static List<String> sorted(List<String> values) {
    if (values.size() < 2) {
      return values;
    }
    List<String> copy = new ArrayList<>(values);
    copy.sort(null);
    return copy;
  }

  private static TermDefinition term(ActiveContext context, String key) {
    return context.getTerm(key).orElse(null);
  }
}
