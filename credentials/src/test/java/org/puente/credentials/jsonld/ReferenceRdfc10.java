package org.puente.credentials.jsonld;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The previous RDFC-1.0 implementation (commit 247f510: eager de-duplication, whole lines sorted as
 * strings), kept as the general path that {@link Rdfc10}'s shortcuts are checked against on random
 * datasets ({@code Rdfc10Test}).
 *
 * <p>Not thread-safe: one instance per canonicalisation.
 */
final class ReferenceRdfc10 {
  private static final HexFormat HEX = HexFormat.of();

  private final ReferenceQuad[] quads;
  private final MessageDigest digest;
  private final long maxSteps;
  private long steps;
  private final Map<String, List<ReferenceQuad>> blankToQuads = new HashMap<>();
  private final Map<String, String> firstDegree = new HashMap<>();
  private final RdfcIssuer canonical = new RdfcIssuer("_:c14n");

  private ReferenceRdfc10(List<String[]> quads, String hashAlgorithm, long maxSteps) {
    this.quads = distinct(quads);
    this.maxSteps = maxSteps;
    try {
      this.digest = MessageDigest.getInstance(hashAlgorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalArgumentException("unknown hash " + hashAlgorithm, e);
    }
  }

  /**
   * The canonical N-Quads of {@code quads} (each {subject, predicate, object, datatype, language,
   * direction, graph}; blank nodes as {@code _:label}).
   *
   * @throws IllegalStateException past {@code maxSteps} hashing steps (a poison graph)
   */
  static String canonicalize(List<String[]> quads, String hashAlgorithm, long maxSteps) {
    return new ReferenceRdfc10(quads, hashAlgorithm, maxSteps).run();
  }

  private String run() {
    // RDFC-1.0 §4.4.3 steps 2–3: the blank node to quads map.
    // A quad is listed once per blank node even when the node occurs twice in it (a self-loop).
    for (ReferenceQuad q : quads) {
      if (q.subject != null) {
        listUnder(q.subject, q);
      }
      if (q.object != null && !q.object.equals(q.subject)) {
        listUnder(q.object, q);
      }
      if (q.graph != null && !q.graph.equals(q.subject) && !q.graph.equals(q.object)) {
        listUnder(q.graph, q);
      }
    }
    // Steps 3–4: first-degree hashes, grouped by hash in code point order.
    TreeMap<String, List<String>> hashToBlanks = new TreeMap<>();
    for (String blank : blankToQuads.keySet()) {
      hashToBlanks.computeIfAbsent(hashFirstDegree(blank), k -> new ArrayList<>(1)).add(blank);
    }
    // Step 5: blank nodes with a unique first-degree hash get canonical ids in hash order.
    boolean shared = false;
    for (Map.Entry<String, List<String>> entry : hashToBlanks.entrySet()) {
      if (entry.getValue().size() == 1) {
        canonical.issue(entry.getValue().get(0));
      } else {
        shared = true;
      }
    }
    // Step 6: the rest, through N-degree hashing (only when some first-degree hash is shared).
    if (shared) {
      for (Map.Entry<String, List<String>> entry : hashToBlanks.entrySet()) {
        if (entry.getValue().size() > 1) {
          issueNDegree(entry.getValue());
        }
      }
    }
    return serialize();
  }

  private void listUnder(String blank, ReferenceQuad q) {
    blankToQuads.computeIfAbsent(blank, k -> new ArrayList<>(4)).add(q);
  }

  private void issueNDegree(List<String> blanks) {
    List<Result> paths = new ArrayList<>();
    for (String blank : blanks) {
      if (canonical.has(blank)) {
        continue;
      }
      RdfcIssuer temporary = new RdfcIssuer("_:b");
      temporary.issue(blank);
      paths.add(hashNDegree(blank, temporary));
    }
    paths.sort((a, b) -> a.hash.compareTo(b.hash));
    for (Result result : paths) {
      for (String existing : result.issuer.issued.keySet()) {
        canonical.issue(existing);
      }
    }
  }

  /** §4.6 Hash First Degree Quads. */
  private String hashFirstDegree(String blank) {
    String cached = firstDegree.get(blank);
    if (cached != null) {
      return cached;
    }
    List<ReferenceQuad> related = blankToQuads.get(blank);
    ReferenceLine[] lines = new ReferenceLine[related.size()];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = related.get(i).firstDegree(blank);
    }
    Arrays.sort(lines);
    digest.reset();
    for (ReferenceLine line : lines) {
      line.hash(digest);
    }
    String hash = HEX.formatHex(digest.digest());
    firstDegree.put(blank, hash);
    return hash;
  }

  /** §4.7 Hash Related Blank Node. */
  private String hashRelated(String related, ReferenceQuad quad, RdfcIssuer issuer, char position) {
    String id =
        canonical.has(related)
            ? canonical.get(related)
            : issuer.has(related) ? issuer.get(related) : hashFirstDegree(related);
    StringBuilder input = new StringBuilder().append(position);
    if (position != 'g') {
      input.append('<').append(quad.predicate).append('>');
    }
    return hash(input.append(id).toString());
  }

  /** §4.8 Hash N-Degree Quads. */
  private Result hashNDegree(String identifier, RdfcIssuer issuer) {
    tick();
    TreeMap<String, List<String>> hashToRelated = new TreeMap<>();
    for (ReferenceQuad q : blankToQuads.get(identifier)) {
      addRelated(hashToRelated, q, q.subject, 's', identifier, issuer);
      addRelated(hashToRelated, q, q.object, 'o', identifier, issuer);
      addRelated(hashToRelated, q, q.graph, 'g', identifier, issuer);
    }
    StringBuilder data = new StringBuilder();
    for (Map.Entry<String, List<String>> entry : hashToRelated.entrySet()) {
      data.append(entry.getKey());
      String chosenPath = "";
      RdfcIssuer chosenIssuer = null;
      for (List<String> permutation : permutations(entry.getValue())) {
        tick();
        RdfcIssuer copy = issuer.copy();
        String path = path(permutation, copy, chosenPath);
        if (path == null) {
          continue;
        }
        if (chosenPath.isEmpty() || path.compareTo(chosenPath) < 0) {
          chosenPath = path;
          chosenIssuer = copy;
        }
      }
      data.append(chosenPath);
      issuer = chosenIssuer;
    }
    return new Result(hash(data.toString()), issuer);
  }

  /** §4.8.3 steps 5.4.3–5.4.5 for one permutation; null when it cannot beat {@code chosen}. */
  private String path(List<String> permutation, RdfcIssuer copy, String chosen) {
    StringBuilder path = new StringBuilder();
    List<String> recursion = new ArrayList<>();
    for (String related : permutation) {
      if (canonical.has(related)) {
        path.append(canonical.get(related));
      } else {
        if (!copy.has(related)) {
          recursion.add(related);
        }
        path.append(copy.issue(related));
      }
      if (worse(path, chosen)) {
        return null;
      }
    }
    for (String related : recursion) {
      Result result = hashNDegree(related, copy);
      path.append(copy.issue(related)).append('<').append(result.hash).append('>');
      copy.replaceWith(result.issuer);
      if (worse(path, chosen)) {
        return null;
      }
    }
    return path.toString();
  }

  private static boolean worse(CharSequence path, String chosen) {
    return !chosen.isEmpty()
        && path.length() >= chosen.length()
        && path.toString().compareTo(chosen) > 0;
  }

  private void addRelated(
      Map<String, List<String>> map,
      ReferenceQuad q,
      String blank,
      char position,
      String identifier,
      RdfcIssuer issuer) {
    if (blank != null && !blank.equals(identifier)) {
      String hash = hashRelated(blank, q, issuer, position);
      map.computeIfAbsent(hash, k -> new ArrayList<>()).add(blank);
    }
  }

  /** §4.4.3 step 7: every quad with its canonical labels, in code point order. */
  private String serialize() {
    ReferenceLine[] lines = new ReferenceLine[quads.length];
    int length = 0;
    for (int i = 0; i < lines.length; i++) {
      lines[i] = quads[i].relabelled(canonical.issued);
      length += lines[i].text().length();
    }
    // distinct quads with a bijective relabelling give distinct lines
    Arrays.sort(lines);
    StringBuilder text = new StringBuilder(length);
    for (ReferenceLine line : lines) {
      text.append(line.text());
    }
    return text.toString();
  }

  /** The lines in code point order without duplicates, concatenated (RDFC-1.0 §4.4.3 step 7). */
  static String sortedUnique(String[] lines) {
    Arrays.sort(lines);
    int length = 0;
    for (String line : lines) {
      length += line.length();
    }
    StringBuilder out = new StringBuilder(length);
    String previous = null;
    for (String line : lines) {
      if (!line.equals(previous)) {
        out.append(line);
      }
      previous = line;
    }
    return out.toString();
  }

  /**
   * A dataset is a set (RDF 1.1 Concepts §4): duplicate quads count once. Quads are compared term
   * by term (the strings cache their hashes), after sorting them by a combined hash, so no line is
   * serialised and no hash table is built.
   */
  private static ReferenceQuad[] distinct(List<String[]> quads) {
    int n = quads.size();
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = ((long) Arrays.hashCode(quads.get(i)) << 32) | i;
    }
    Arrays.sort(keys);
    boolean[] duplicate = new boolean[n];
    int count = n;
    for (int i = 1; i < n; i++) {
      int hash = (int) (keys[i] >> 32);
      for (int j = i - 1; j >= 0 && (int) (keys[j] >> 32) == hash; j--) {
        if (!duplicate[(int) keys[j]]
            && Arrays.equals(quads.get((int) keys[i]), quads.get((int) keys[j]))) {
          duplicate[(int) keys[i]] = true;
          count--;
          break;
        }
      }
    }
    ReferenceQuad[] unique = new ReferenceQuad[count];
    for (int i = 0, k = 0; i < n; i++) {
      if (!duplicate[i]) {
        unique[k++] = new ReferenceQuad(quads.get(i));
      }
    }
    return unique;
  }

  static String line(String[] q) {
    return NQuadsLine.of(q);
  }

  private String hash(String text) {
    digest.reset();
    return HEX.formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private void tick() {
    if (++steps > maxSteps) {
      throw new IllegalStateException("more than " + maxSteps + " RDFC-1.0 steps");
    }
  }

  private List<List<String>> permutations(List<String> items) {
    List<List<String>> out = new ArrayList<>();
    permute(new ArrayList<>(items), 0, out);
    return out;
  }

  private void permute(List<String> items, int k, List<List<String>> out) {
    tick();
    if (k == items.size()) {
      out.add(List.copyOf(items));
      return;
    }
    for (int i = k; i < items.size(); i++) {
      java.util.Collections.swap(items, k, i);
      permute(items, k + 1, out);
      java.util.Collections.swap(items, k, i);
    }
  }

  private record Result(String hash, RdfcIssuer issuer) {}
}
