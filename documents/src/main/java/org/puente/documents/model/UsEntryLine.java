package org.puente.documents.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * The CBP Form 7501 columns of one goods item (blocks 31 to 37) that the goods item does not hold
 * itself; description, HTSUS number, gross weight, manifest quantity and origin are the goods
 * item's.
 *
 * @param sequence the goods item's sequence (block 31 line number)
 * @param adCvdCases block 32B, antidumping / countervailing case numbers ({@code A-201-822})
 * @param netQuantity block 34, net quantity in HTSUS units
 * @param netQuantityUnit block 34, the HTSUS unit ({@code KG}, {@code NO}, {@code T}...)
 * @param enteredValue block 35A, whole US dollars
 * @param charges block 35B, freight, insurance and other charges excluded from the entered value,
 *     whole US dollars
 * @param relationship block 35C, {@code Y} buyer and seller related, {@code N} not
 * @param htsusRate block 36A, as the tariff states it ({@code Free}, {@code 2.5%})
 * @param adCvdRate block 36B
 * @param ircRate block 36C, internal revenue code rate
 * @param visaNumber block 36D
 * @param duty block 37, duty in US dollars and cents
 * @param irTax block 37, internal revenue tax in US dollars and cents
 * @param spi special program indicator prefixed to the HTSUS number ({@code S} or {@code S+} for
 *     USMCA, 19 CFR 182.11)
 */
public record UsEntryLine(
    int sequence,
    List<String> adCvdCases,
    BigDecimal netQuantity,
    String netQuantityUnit,
    BigDecimal enteredValue,
    BigDecimal charges,
    String relationship,
    String htsusRate,
    String adCvdRate,
    String ircRate,
    String visaNumber,
    BigDecimal duty,
    BigDecimal irTax,
    String spi) {
  public UsEntryLine {
    if (sequence < 1) {
      throw new IllegalArgumentException("entry line sequence starts at 1: " + sequence);
    }
    adCvdCases = Codes.requireAll(adCvdCases, "[AC]-[0-9]{3}-[0-9]{3}(-[0-9]{3})?", "AD/CVD case");
    netQuantity = Decimals.three(netQuantity, "netQuantity");
    Codes.require(netQuantityUnit, "[A-Z0-9]{1,4}", "HTSUS unit");
    enteredValue = Decimals.whole(enteredValue, "enteredValue");
    charges = Decimals.whole(charges, "charges");
    Codes.require(relationship, "[YN]", "relationship");
    Codes.require(htsusRate, "Free|[0-9]+(\\.[0-9]+)?%|[^|]{1,40}", "HTSUS rate");
    duty = Decimals.money(duty, "duty");
    irTax = Decimals.money(irTax, "irTax");
    Codes.require(spi, "[A-Z]{1,2}\\+?", "special program indicator");
  }

  /** Whether the line claims USMCA preference (SPI {@code S} or {@code S+}). */
  public boolean claimsUsmca() {
    return "S".equals(spi) || "S+".equals(spi);
  }
}
