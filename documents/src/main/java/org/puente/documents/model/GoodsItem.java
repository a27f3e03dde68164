package org.puente.documents.model;

import java.math.BigDecimal;
import org.puente.documents.ids.Hs6;
import org.puente.documents.ids.Htsus10;
import org.puente.documents.ids.TigieCode;

/**
 * One goods item (WCO GoodsItem; pedimento partida; 7501 line). HS-6 is the shared key; the HTSUS
 * number and the TIGIE fracción + NICO sit beside it and are never derived from one another.
 *
 * @param sequence line number, from 1
 * @param description description sufficient to relate to the invoice and HS
 * @param hs6 HS 2022 subheading
 * @param htsus US classification (10 digits)
 * @param tigie Mexican classification (fracción 8 + NICO 2)
 * @param quantity quantity in {@code unitCode}
 * @param unitCode UN/CEFACT Recommendation 20 unit (SAT ClaveUnidad), e.g. {@code KGM}, {@code XCL}
 * @param grossKg gross weight, kilograms
 * @param netKg net weight, kilograms
 * @param value value of the goods
 * @param currency ISO 4217 currency of {@code value}
 * @param originCountry ISO 3166-1 alpha-2 country of origin
 * @param originCriterion USMCA origin criterion claimed, if any
 * @param satProductKey SAT c_ClaveProdServCP key (Carta Porte BienesTransp)
 */
public record GoodsItem(
    int sequence,
    String description,
    Hs6 hs6,
    Htsus10 htsus,
    TigieCode tigie,
    BigDecimal quantity,
    String unitCode,
    BigDecimal grossKg,
    BigDecimal netKg,
    BigDecimal value,
    String currency,
    String originCountry,
    OriginCriterion originCriterion,
    String satProductKey) {
  public GoodsItem {
    if (sequence < 1) {
      throw new IllegalArgumentException("goods item sequence starts at 1: " + sequence);
    }
    quantity = Decimals.three(quantity, "quantity");
    grossKg = Decimals.three(grossKg, "grossKg");
    netKg = Decimals.three(netKg, "netKg");
    value = Decimals.money(value, "value");
    if (originCountry != null) {
      Countries.requireAlpha2(originCountry);
    }
  }
}
