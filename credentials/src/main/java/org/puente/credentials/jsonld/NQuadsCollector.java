package org.puente.credentials.jsonld;

import com.apicatalog.rdf.api.RdfQuadConsumer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects the quads of one dataset, noting blank nodes and stopping past a limit. */
final class NQuadsCollector implements RdfQuadConsumer {
  private final int max;
  private final List<String[]> quads = new ArrayList<>();
  private boolean blankNodes;

  private boolean tooMany;

  NQuadsCollector(int max) {
    this.max = max;
  }

  @Override
  public RdfQuadConsumer quad(
      String subject,
      String predicate,
      String object,
      String datatype,
      String language,
      String direction,
      String graph) {
    add(new String[] {subject, predicate, object, datatype, language, direction, graph});
    return this;
  }

  /**
   * Adds one quad as {subject, predicate, object, datatype, language, direction, graph}, kept as
   * given (the caller no longer changes it).
   */
  void add(String[] quad) {
    if (quads.size() >= max) {
      tooMany = true;
      return;
    }
    boolean literal = RdfQuadConsumer.isLiteral(quad[3], quad[4], quad[5]);
    blankNodes |=
        isBlank(quad[0]) || (!literal && isBlank(quad[2])) || (quad[6] != null && isBlank(quad[6]));
    quads.add(quad);
  }

  private static boolean isBlank(String term) {
    return term.startsWith("_:");
  }

  /** The most quads this collector accepts. */
  int max() {
    return max;
  }

  boolean hasBlankNodes() {
    return blankNodes;
  }

  boolean tooMany() {
    return tooMany;
  }

  int size() {
    return quads.size();
  }

  /** RDFC-1.0 for a dataset without blank nodes: the N-Quads, de-duplicated and sorted. */
  String sortedUnique() {
    String[] lines = new String[quads.size()];
    int length = 0;
    for (int i = 0; i < lines.length; i++) {
      lines[i] = NQuadsLine.of(quads.get(i));
      length += lines[i].length();
    }
    Arrays.sort(lines);
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

  /** The quads, each {subject, predicate, object, datatype, language, direction, graph}. */
  List<String[]> quads() {
    return quads;
  }
}
