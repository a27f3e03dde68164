package org.puente.documents.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One truck shipment across the border, in WCO Data Model terms: the consignment with its parties,
 * goods items, conveyance (tractor, trailers, containers, seals), crew, movement and the references
 * both customs administrations use to find it. Any field may be absent while a consignment is being
 * assembled from partial documents; {@code ConsignmentRules} says what each authority still needs.
 *
 * @param references trip, SCN, US entries, pedimentos, DODA, Carta Porte
 * @param parties one per role, ordered by role
 * @param goodsItems ordered by sequence
 * @param conveyance the tractor and its equipment
 * @param crew the drivers
 * @param movement ports, aduana and times
 * @param usEntry what only the CBP entry summary (CBP Form 7501) holds, if an entry is filed
 */
public record Consignment(
    References references,
    List<Party> parties,
    List<GoodsItem> goodsItems,
    Conveyance conveyance,
    List<CrewMember> crew,
    Movement movement,
    UsEntry usEntry) {
  /** A consignment without US entry summary data. */
  public Consignment(
      References references,
      List<Party> parties,
      List<GoodsItem> goodsItems,
      Conveyance conveyance,
      List<CrewMember> crew,
      Movement movement) {
    this(references, parties, goodsItems, conveyance, crew, movement, null);
  }

  public Consignment {
    references = references == null ? References.EMPTY : references;
    parties =
        parties == null
            ? List.of()
            : parties.stream().sorted(Comparator.comparing(Party::role)).toList();
    goodsItems =
        goodsItems == null
            ? List.of()
            : goodsItems.stream().sorted(Comparator.comparingInt(GoodsItem::sequence)).toList();
    crew = crew == null ? List.of() : List.copyOf(crew);
  }

  /** The same consignment with this US entry data (null to drop it). */
  public Consignment withUsEntry(UsEntry entry) {
    return new Consignment(references, parties, goodsItems, conveyance, crew, movement, entry);
  }

  /** The party with this role, if any. */
  public Optional<Party> party(PartyRole role) {
    return parties.stream().filter(p -> p.role() == role).findFirst();
  }
}
