package org.puente.credentials.jsonld;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * RDF Dataset Canonicalization (RDFC-1.0, W3C Recommendation 2024), written for speed: each quad is
 * serialised once into fixed pieces, lines are compared by subject and then by the rest of the line
 * without being built ({@link RdfcLine}), hashes are fed from pre-encoded bytes, and the canonical
 * N-Quads are written once, as text or straight into the digest.
 *
 * <p><b>De-duplication on demand.</b> A dataset is a set, so duplicate quads count once (RDF 1.1
 * Concepts §4); they matter to the labelling only through the first-degree hashes of their blank
 * nodes. Two equal quads give two equal lines, and a comparison sort compares some pair of equal
 * elements whenever there are any; so when no sort here ever sees two equal lines made of the same
 * quad, there is nothing to remove. Only when it does is the run restarted on the de-duplicated
 * quads. Equal final lines (possible only for duplicates) are written once.
 *
 * <p>{@code Rdfc10Test} holds this class to rdf-canonize on 800 datasets and to the previous
 * implementation on random datasets. Not thread-safe: one instance per canonicalisation.
 */
final class Rdfc10 {
  private static final HexFormat HEX = HexFormat.of();
  private static final int MAX_EQUAL_GROUP = 8;

  private final List<String[]> input;
  private final String hashAlgorithm;
  private final RdfcQuad[] quads;
  private final boolean deduplicated;
  private final Comparator<RdfcLine> order;
  private final MessageDigest digest;
  private final ByteSink sink;
  private final long maxSteps;
  private long steps;
  private boolean sawEqual;
  private final Map<String, List<RdfcQuad>> blankToQuads = new HashMap<>();
  private final Map<String, String> firstDegree = new HashMap<>();
  private final RdfcIssuer canonical = new RdfcIssuer("_:c14n");

  /** A dataset with duplicate quads: the run restarts on the de-duplicated dataset. */
  private static final class DuplicateQuads extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DuplicateQuads() {
      super(null, null, false, false);
    }
  }

  private Rdfc10(List<String[]> input, String hashAlgorithm, long maxSteps, boolean deduplicate) {
    this.input = input;
    this.hashAlgorithm = hashAlgorithm;
    this.deduplicated = deduplicate;
    this.quads = deduplicate ? RdfcQuad.distinct(input) : RdfcQuad.wrap(input);
    this.maxSteps = maxSteps;
    boolean spaced = false;
    for (RdfcQuad q : quads) {
      spaced |= q.spacedHead();
    }
    Comparator<RdfcLine> lines = spaced ? RdfcLine::compareTexts : RdfcLine::compare;
    this.order =
        (a, b) -> {
          int c = lines.compare(a, b);
          sawEqual |= c == 0;
          return c;
        };
    this.sink = ByteSink.forThisThread();
    this.digest = Digests.of(hashAlgorithm);
  }

  /**
   * The canonical N-Quads of {@code quads} (each {subject, predicate, object, datatype, language,
   * direction, graph}; blank nodes as {@code _:label}).
   *
   * @throws IllegalStateException past {@code maxSteps} hashing steps (a poison graph)
   */
  static String canonicalize(List<String[]> quads, String hashAlgorithm, long maxSteps) {
    Rdfc10 run = new Rdfc10(quads, hashAlgorithm, maxSteps, false);
    RdfcLine[] lines = run.lines();
    int length = 0;
    for (RdfcLine line : lines) {
      length += line.subjectText().length() + line.rest().length();
    }
    StringBuilder text = new StringBuilder(length);
    for (RdfcLine line : lines) {
      line.append(text);
    }
    return text.toString();
  }

  /**
   * The hash ({@code hashOfResult}, the same algorithm as inside) of the UTF-8 canonical N-Quads of
   * {@code quads}, written straight into the digest: equal to hashing {@link #canonicalize}'s text.
   *
   * @throws IllegalStateException past {@code maxSteps} hashing steps (a poison graph)
   */
  static byte[] canonicalHash(List<String[]> quads, String hashAlgorithm, long maxSteps) {
    Rdfc10 run = new Rdfc10(quads, hashAlgorithm, maxSteps, false);
    RdfcLine[] lines = run.lines();
    run.sink.clear();
    for (RdfcLine line : lines) {
      line.write(run.sink);
    }
    return run.sink.digest(run.digest);
  }

  /** The canonical lines in order, without duplicates. */
  private RdfcLine[] lines() {
    try {
      return run();
    } catch (DuplicateQuads e) {
      return new Rdfc10(input, hashAlgorithm, maxSteps, true).run();
    }
  }

  private RdfcLine[] run() {
    // RDFC-1.0 §4.4.3 steps 2–3: the blank node to quads map.
    // A quad is listed once per blank node even when the node occurs twice in it (a self-loop).
    for (RdfcQuad q : quads) {
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
    if (blankToQuads.size() == 1) {
      // Steps 3–5 with one blank node: its hash is unique whatever it is, so it is not computed.
      canonical.issue(blankToQuads.keySet().iterator().next());
      return serialize();
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

  private void listUnder(String blank, RdfcQuad q) {
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
    List<RdfcQuad> related = blankToQuads.get(blank);
    sink.clear();
    if (related.size() == 1) {
      related.get(0).firstDegree(blank).write(sink);
    } else {
      RdfcLine[] lines = new RdfcLine[related.size()];
      for (int i = 0; i < lines.length; i++) {
        lines[i] = related.get(i).firstDegree(blank);
      }
      sort(lines);
      if (sawEqual && !deduplicated) {
        checkDistinct(lines);
      }
      for (RdfcLine line : lines) {
        line.write(sink);
      }
    }
    String hash = HEX.formatHex(sink.digest(digest));
    firstDegree.put(blank, hash);
    return hash;
  }

  private void sort(RdfcLine[] lines) {
    sawEqual = false;
    Arrays.sort(lines, order);
  }

  /** Throws {@link DuplicateQuads} when sorted {@code lines} may come from duplicate quads. */
  private void checkDistinct(RdfcLine[] lines) {
    int start = 0;
    for (int i = 1; i <= lines.length; i++) {
      if (i < lines.length && order.compare(lines[start], lines[i]) == 0) {
        continue;
      }
      if (i - start > MAX_EQUAL_GROUP) {
        throw new DuplicateQuads(); // a large group of look-alikes: let distinct() decide
      }
      for (int a = start; a < i; a++) {
        for (int b = a + 1; b < i; b++) {
          if (lines[a].quad().sameAs(lines[b].quad())) {
            throw new DuplicateQuads();
          }
        }
      }
      start = i;
    }
  }

  /** §4.7 Hash Related Blank Node. */
  private String hashRelated(String related, RdfcQuad quad, RdfcIssuer issuer, char position) {
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
    for (RdfcQuad q : blankToQuads.get(identifier)) {
      addRelated(hashToRelated, q, q.subject, 's', identifier, issuer);
      addRelated(hashToRelated, q, q.object, 'o', identifier, issuer);
      addRelated(hashToRelated, q, q.graph, 'g', identifier, issuer);
    }
    StringBuilder data = new StringBuilder();
    for (Map.Entry<String, List<String>> entry : hashToRelated.entrySet()) {
      data.append(entry.getKey());
      String chosenPath = "";
      RdfcIssuer chosenRdfcIssuer = null;
      for (List<String> permutation : permutations(entry.getValue())) {
        tick();
        RdfcIssuer copy = issuer.copy();
        String path = path(permutation, copy, chosenPath);
        if (path == null) {
          continue;
        }
        if (chosenPath.isEmpty() || path.compareTo(chosenPath) < 0) {
          chosenPath = path;
          chosenRdfcIssuer = copy;
        }
      }
      data.append(chosenPath);
      issuer = chosenRdfcIssuer;
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
      RdfcQuad q,
      String blank,
      char position,
      String identifier,
      RdfcIssuer issuer) {
    if (blank != null && !blank.equals(identifier)) {
      String hash = hashRelated(blank, q, issuer, position);
      map.computeIfAbsent(hash, k -> new ArrayList<>()).add(blank);
    }
  }

  /**
   * §4.4.3 step 7: every quad with its canonical labels, in code point order; equal lines (from
   * duplicate quads: the relabelling is one-to-one) once.
   */
  private RdfcLine[] serialize() {
    Map<String, RdfcLine.Label> labels = new HashMap<>();
    for (Map.Entry<String, String> issued : canonical.issued.entrySet()) {
      labels.put(issued.getKey(), RdfcLine.Label.of(issued.getValue()));
    }
    RdfcLine[] lines = new RdfcLine[quads.length];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = quads[i].relabelled(labels);
    }
    sort(lines);
    if (!sawEqual) {
      return lines;
    }
    int kept = 1;
    for (int i = 1; i < lines.length; i++) {
      if (order.compare(lines[kept - 1], lines[i]) != 0) {
        lines[kept++] = lines[i];
      }
    }
    return Arrays.copyOf(lines, kept);
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
