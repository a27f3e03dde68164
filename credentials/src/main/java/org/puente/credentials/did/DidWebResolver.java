package org.puente.credentials.did;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;
import org.puente.credentials.jsonld.JsonSupport;
import org.puente.credentials.keys.Multikey;

/**
 * Resolves {@code did:web} DIDs: from a local registry of DID documents that the operator trusts
 * first, else over HTTPS, only to allow-listed hosts, caching fetched documents for a TTL measured
 * on an injected {@link Clock}.
 *
 * <p><b>Warning:</b> a did:web document is only as trustworthy as the web host serving it. Keep the
 * allow-list to the partners an agreement names; prefer the local registry for authorities.
 *
 * @see <a href="https://w3c-ccg.github.io/did-method-web/">did:web Method Specification</a>
 */
public final class DidWebResolver implements DidDocumentResolver {
  // One factory: JsonSupport.PROVIDER.createReader would look the provider up through ServiceLoader
  // on every call,
  // which measured as most of a VC-JWT verification.
  private static final JsonReaderFactory READERS =
      JsonSupport.PROVIDER.createReaderFactory(Map.of());

  /** Default largest DID document accepted: 64 KiB. */
  public static final int DEFAULT_MAX_DOCUMENT_BYTES = 64 * 1024;

  private static final int MAX_CACHE_ENTRIES = 10_000;

  private final Map<String, JsonObject> registry;
  private final Set<String> allowedHosts;
  private final DidDocumentFetcher fetcher;
  private final Clock clock;
  private final Duration cacheTtl;
  private final int maxDocumentBytes;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  private record Cached(JsonObject document, Instant expires) {}

  private DidWebResolver(Builder b) {
    this.registry = Map.copyOf(b.registry);
    this.allowedHosts = Set.copyOf(b.allowedHosts);
    this.fetcher = b.fetcher;
    this.clock = b.clock;
    this.cacheTtl = b.cacheTtl;
    this.maxDocumentBytes = b.maxDocumentBytes;
  }

  /** A resolver with no registry, no allowed hosts and no fetcher: configure it. */
  public static Builder builder(Clock clock) {
    return new Builder(clock);
  }

  @Override
  public JsonObject resolve(String did) throws CredentialException {
    JsonObject local = registry.get(did);
    if (local != null) {
      return local;
    }
    String authority = DidWeb.authority(did);
    if (!allowedHosts.contains(authority) || fetcher == null) {
      throw new CredentialException(
          Code.DID_HOST_NOT_ALLOWED,
          "did:web host '" + authority + "' is not allow-listed and " + did + " is not registered");
    }
    Instant now = clock.instant();
    Cached cached = cache.get(did);
    if (cached != null && now.isBefore(cached.expires())) {
      return cached.document();
    }
    JsonObject document = fetchAndCheck(did);
    if (cache.size() >= MAX_CACHE_ENTRIES) {
      cache.clear();
    }
    cache.put(did, new Cached(document, now.plus(cacheTtl)));
    return document;
  }

  @Override
  public Multikey verificationMethod(String vmUrl, String relationship) throws CredentialException {
    return DidDocuments.verificationMethod(
        resolve(DidDocumentResolver.didOf(vmUrl)), vmUrl, relationship);
  }

  private JsonObject fetchAndCheck(String did) throws CredentialException {
    byte[] body = fetcher.fetch(DidWeb.documentUrl(did), maxDocumentBytes);
    if (body.length > maxDocumentBytes) {
      throw new CredentialException(
          Code.INPUT_TOO_LARGE,
          String.format(
              Locale.ROOT,
              "DID document of %s is %d bytes, limit %d",
              did,
              body.length,
              maxDocumentBytes));
    }
    JsonObject document = parse(body, did);
    String id = DidDocuments.stringOf(document, "id");
    if (!id.equals(did)) {
      throw new CredentialException(
          Code.DID_RESOLUTION_FAILED,
          "DID document served for " + did + " has id '" + id + "' (did:web §3.2)");
    }
    return document;
  }

  static JsonObject parse(byte[] body, String did) throws CredentialException {
    try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(body))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new CredentialException(
          Code.MALFORMED_INPUT, "DID document of " + did + " is not a JSON object: " + e, e);
    }
  }

  /** Options for a {@link DidWebResolver}; the defaults are the strict ones. */
  public static final class Builder {
    private final Clock clock;
    private final Map<String, JsonObject> registry = new HashMap<>();
    private final Set<String> allowedHosts = new TreeSet<>();
    private DidDocumentFetcher fetcher;
    private Duration cacheTtl = Duration.ofMinutes(5);
    private int maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES;

    private Builder(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Adds a trusted DID document to the local registry, keyed by its {@code id}. */
    public Builder trust(JsonObject didDocument) {
      String id = didDocument.getString("id");
      if (!DidWeb.isDidWeb(id)) {
        throw new IllegalArgumentException("registry holds did:web documents, found id " + id);
      }
      registry.put(id, didDocument);
      return this;
    }

    /**
     * Adds every {@code *.json} DID document in {@code directory} to the local registry.
     *
     * @throws CredentialException {@code MALFORMED_INPUT} or {@code INPUT_TOO_LARGE} for a bad
     *     file, naming it
     */
    public Builder trustDirectory(Path directory) throws java.io.IOException, CredentialException {
      try (var files = Files.newDirectoryStream(directory, "*.json")) {
        for (Path file : files) {
          if (Files.size(file) > maxDocumentBytes) {
            throw new CredentialException(
                Code.INPUT_TOO_LARGE, file + " is larger than " + maxDocumentBytes + " bytes");
          }
          JsonObject document = parse(Files.readAllBytes(file), file.toString());
          if (!DidWeb.isDidWeb(document.getString("id", null))) {
            throw new CredentialException(
                Code.MALFORMED_INPUT, file + " is not a did:web DID document (no did:web id)");
          }
          trust(document);
        }
      }
      return this;
    }

    /** Allows HTTPS fetches from {@code authority} ({@code host} or {@code host:port}). */
    public Builder allowHost(String authority) {
      allowedHosts.add(authority.toLowerCase(Locale.ROOT));
      return this;
    }

    /** The HTTPS adapter used for allow-listed hosts. */
    public Builder fetcher(DidDocumentFetcher fetcher) {
      this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
      return this;
    }

    /** How long a fetched document is reused (default 5 minutes). */
    public Builder cacheTtl(Duration ttl) {
      if (ttl.isNegative()) {
        throw new IllegalArgumentException("cache TTL must not be negative: " + ttl);
      }
      this.cacheTtl = ttl;
      return this;
    }

    /** The largest document accepted, in bytes (default 64 KiB). */
    public Builder maxDocumentBytes(int bytes) {
      if (bytes <= 0) {
        throw new IllegalArgumentException("max document bytes must be positive: " + bytes);
      }
      this.maxDocumentBytes = bytes;
      return this;
    }

    public DidWebResolver build() {
      return new DidWebResolver(this);
    }
  }
}
