package org.puente.credentials.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.context.TermDefinition;
import com.apicatalog.jsonld.uri.UriUtils;
import com.apicatalog.jsonld.uri.UriValidationPolicy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the direct JSON-LD → RDF path remembers across documents: type- and property-scoped contexts
 * (JSON-LD 1.1 API §5.1.2 steps 4, 8 and 11), each processed once by titanium's Context Processing
 * (§4.1) and kept per (active context, term definition).
 *
 * <p>Keys compare by identity: active contexts come from {@link Canonicalizer}'s cache or from this
 * one, and term definitions belong to them, so the same pair always means the same result. Contexts
 * come only from the immutable {@link ContextLoader}, so an entry never goes stale. At most {@value
 * #MAX_ENTRIES} entries are kept; past that, contexts are processed per use.
 */
final class ScopedContexts {
  private static final int MAX_ENTRIES = 4096;

  private enum Kind {
    TYPE,
    PROPERTY,
    SCALAR
  }

  private record Key(ActiveContext context, TermDefinition term, Kind kind) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && key.context == context
          && key.term == term
          && key.kind == kind;
    }

    @Override
    public int hashCode() {
      return (System.identityHashCode(context) * 31 + System.identityHashCode(term)) * 31
          + kind.ordinal();
    }
  }

  /** A vocabulary-relative IRI expansion (§5.2 with vocab true) of one value in one context. */
  private record Expansion(ActiveContext context, String value, boolean documentRelative) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Expansion e
          && e.context == context
          && e.documentRelative == documentRelative
          && e.value.equals(value);
    }

    @Override
    public int hashCode() {
      return (System.identityHashCode(context) * 31 + value.hashCode()) * 2
          + (documentRelative ? 1 : 0);
    }
  }

  private final Map<Key, ActiveContext> cache = new ConcurrentHashMap<>();
  private final Map<Expansion, String> vocabExpansions = new ConcurrentHashMap<>();
  private final Map<String, Boolean> absoluteIris = new ConcurrentHashMap<>();
  // TermDefinition does not override equals/hashCode: keys compare by identity
  private final Map<TermDefinition, String> plainProperties = new ConcurrentHashMap<>();

  /**
   * The predicate IRI of a term definition that {@link DirectToRdf} already found inside its subset
   * (a plain container and type mapping, mapped to an absolute IRI), or null when not yet seen.
   */
  String plainProperty(TermDefinition term) {
    return plainProperties.get(term);
  }

  /** Remembers {@link #plainProperty} for at most {@value #MAX_ENTRIES} term definitions. */
  void rememberPlainProperty(TermDefinition term, String iri) {
    if (plainProperties.size() < MAX_ENTRIES) {
      plainProperties.putIfAbsent(term, iri);
    }
  }

  /**
   * titanium's own absolute-IRI check ({@link UriUtils#isAbsoluteUri}, which parses a {@link
   * java.net.URI}), remembered for the at most {@value #MAX_ENTRIES} IRIs seen first: vocabulary
   * and type IRIs repeat in every credential. Only for vocabulary IRIs: a document's own IRIs (node
   * ids) are checked directly, so no entry is keyed by the credential being processed.
   */
  boolean isAbsoluteIri(String iri, UriValidationPolicy policy) {
    Boolean known = absoluteIris.get(iri);
    if (known != null) {
      return known;
    }
    boolean absolute = UriUtils.isAbsoluteUri(iri, policy);
    if (absoluteIris.size() < MAX_ENTRIES) {
      absoluteIris.putIfAbsent(iri, absolute);
    }
    return absolute;
  }

  /**
   * JSON-LD 1.1 API §5.2 IRI Expansion with vocab true (property keys, {@code @type} values),
   * computed by titanium once per (active context, value) for the at most {@value #MAX_ENTRIES}
   * first seen: the same terms expand in every credential, and the kept string's hash is cached.
   */
  String expandVocab(ActiveContext context, String value, boolean documentRelative)
      throws JsonLdError {
    Expansion key = new Expansion(context, value, documentRelative);
    String known = vocabExpansions.get(key);
    if (known != null) {
      return known;
    }
    String expanded =
        context.uriExpansion().vocab(true).documentRelative(documentRelative).expand(value);
    if (expanded != null && vocabExpansions.size() < MAX_ENTRIES) {
      vocabExpansions.putIfAbsent(key, expanded);
    }
    return expanded;
  }

  /** §5.1.2 step 11: a type's scoped context, not propagated to nested nodes. */
  ActiveContext typeScoped(ActiveContext context, TermDefinition type) throws JsonLdError {
    return get(new Key(context, type, Kind.TYPE));
  }

  /** §5.1.2 step 8: a property's scoped context for a node object value (overrides protected). */
  ActiveContext propertyScoped(ActiveContext context, TermDefinition property) throws JsonLdError {
    return get(new Key(context, property, Kind.PROPERTY));
  }

  /** §5.1.2 step 4: a property's scoped context for a scalar value, as titanium applies it. */
  ActiveContext scalarScoped(ActiveContext context, TermDefinition property) throws JsonLdError {
    return get(new Key(context, property, Kind.SCALAR));
  }

  private ActiveContext get(Key key) throws JsonLdError {
    ActiveContext cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    ActiveContext fresh = process(key);
    if (cache.size() < MAX_ENTRIES) {
      ActiveContext raced = cache.putIfAbsent(key, fresh);
      return raced == null ? fresh : raced;
    }
    return fresh;
  }

  private static ActiveContext process(Key key) throws JsonLdError {
    TermDefinition term = key.term();
    return switch (key.kind()) {
      case TYPE ->
          key.context()
              .newContext()
              .propagate(false)
              .create(term.getLocalContext(), term.getBaseUrl());
      case PROPERTY ->
          key.context()
              .newContext()
              .overrideProtected(true)
              .create(term.getLocalContext(), term.getBaseUrl());
      case SCALAR -> key.context().newContext().create(term.getLocalContext(), term.getBaseUrl());
    };
  }
}
