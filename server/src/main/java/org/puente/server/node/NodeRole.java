package org.puente.server.node;

import java.util.EnumSet;
import java.util.Set;

/** What a node is for (DESIGN.md §2): a customs authority of one country or a trade party. */
public enum NodeRole {
  /** A CBP node (a US port). */
  US(EnumSet.of(Jurisdiction.US)),
  /** An ANAM node (a Mexican aduana). */
  MX(EnumSet.of(Jurisdiction.MX)),
  /** A broker's, carrier's, mill's or chamber's node, which deals with both sides. */
  TRADE(EnumSet.of(Jurisdiction.US, Jurisdiction.MX));

  private final Set<Jurisdiction> serves;

  NodeRole(Set<Jurisdiction> serves) {
    this.serves = serves;
  }

  /** The jurisdictions whose people may act on this node. */
  public Set<Jurisdiction> serves() {
    return EnumSet.copyOf(serves);
  }

  /** Parses the CLI spelling {@code us}, {@code mx} or {@code trade}. */
  public static NodeRole parse(String value) {
    for (NodeRole r : values()) {
      if (r.name().equalsIgnoreCase(value)) {
        return r;
      }
    }
    throw new IllegalArgumentException("expected node role us, mx or trade, found '" + value + "'");
  }
}
