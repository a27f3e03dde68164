package org.puente.documents.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.puente.documents.ids.IdScheme;
import org.puente.documents.ids.PartyIdentifier;

/**
 * A trade party in one role, with its national identifiers (held sorted by scheme and value, so
 * equal parties are equal records).
 *
 * @param role the role
 * @param name legal name
 * @param address address, if known
 * @param identifiers RFC, EIN, SCAC, CAAT, USDOT, filer code, patente...
 */
public record Party(
    PartyRole role, String name, Address address, List<PartyIdentifier> identifiers) {
  public Party {
    Objects.requireNonNull(role, "role");
    identifiers =
        identifiers == null
            ? List.of()
            : identifiers.stream()
                .distinct()
                .sorted(
                    Comparator.comparing(PartyIdentifier::scheme)
                        .thenComparing(PartyIdentifier::value))
                .toList();
  }

  /** The identifier of a scheme, if the party has one. */
  public Optional<String> identifier(IdScheme scheme) {
    return identifiers.stream()
        .filter(i -> i.scheme() == scheme)
        .map(PartyIdentifier::value)
        .findFirst();
  }
}
