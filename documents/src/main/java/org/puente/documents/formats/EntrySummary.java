package org.puente.documents.formats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.puente.documents.ids.CbpEntryNumber;
import org.puente.documents.ids.CbpPortCode;
import org.puente.documents.ids.Htsus10;
import org.puente.documents.ids.ManufacturerId;
import org.puente.documents.ids.ShipmentControlNumber;
import org.puente.documents.model.Address;
import org.puente.documents.model.Declarant;
import org.puente.documents.model.EntryFee;
import org.puente.documents.model.OriginCriterion;

/**
 * The CBP entry summary (CBP Form 7501, 2024 revision, OMB 1651-0022) of one consignment, one
 * member per block in block order. Blocks 21 to 24 (countries of melt and pour, smelt and cast) are
 * the mill test report's and are not repeated here; CBP-use-only blocks are not filed.
 *
 * @param entryNumber block 1, filer code + 7 digits + check digit
 * @param entryType block 2
 * @param summaryDate block 3
 * @param suretyCode block 4
 * @param bondType block 5
 * @param portCode block 6, the port of entry
 * @param entryDate block 7
 * @param importingCarrier block 8, the truck carrier's SCAC and name
 * @param modeOfTransport block 9 ({@code 30} truck, {@code 31} truck container)
 * @param countryOfOrigin block 10, one country or {@code MULTI}
 * @param importDate block 11
 * @param billOfLading block 12, for a truck the shipment control number of the e-Manifest
 * @param manufacturerId block 13
 * @param exportingCountry block 14
 * @param exportDate block 15
 * @param inBondNumber block 16
 * @param inBondDate block 17
 * @param missingDocuments block 18
 * @param foreignPortOfLading block 19
 * @param portOfUnlading block 20
 * @param locationOfGoods block 25
 * @param consigneeNumber block 26, absent when the ultimate consignee is the importer of record
 * @param importerNumber block 27
 * @param referenceNumber block 28
 * @param ultimateConsignee block 29, absent when it is the importer of record ("SAME")
 * @param importerOfRecord block 30
 * @param lines blocks 31 to 37
 * @param totals blocks 39 and 41 to 44 with the other fee summary
 * @param declaration block 40
 * @param filer the broker or filer: name, address, filer code, file number
 */
public record EntrySummary(
    CbpEntryNumber entryNumber,
    String entryType,
    LocalDate summaryDate,
    String suretyCode,
    String bondType,
    CbpPortCode portCode,
    LocalDate entryDate,
    Carrier importingCarrier,
    String modeOfTransport,
    String countryOfOrigin,
    LocalDate importDate,
    ShipmentControlNumber billOfLading,
    ManufacturerId manufacturerId,
    String exportingCountry,
    LocalDate exportDate,
    String inBondNumber,
    LocalDate inBondDate,
    List<String> missingDocuments,
    String foreignPortOfLading,
    CbpPortCode portOfUnlading,
    String locationOfGoods,
    String consigneeNumber,
    String importerNumber,
    String referenceNumber,
    Named ultimateConsignee,
    Named importerOfRecord,
    List<Line> lines,
    Totals totals,
    Declarant declaration,
    Filer filer) {
  public EntrySummary {
    missingDocuments = missingDocuments == null ? List.of() : List.copyOf(missingDocuments);
    lines = lines == null ? List.of() : List.copyOf(lines);
  }

  /**
   * Block 8.
   *
   * @param scac the carrier's SCAC
   * @param name the carrier's name
   */
  public record Carrier(String scac, String name) {}

  /**
   * A name and address (blocks 29 and 30).
   *
   * @param name the party's name
   * @param address its address
   */
  public record Named(String name, Address address) {}

  /**
   * One line (blocks 31 to 37).
   *
   * @param lineNumber block 31
   * @param description block 32
   * @param spi the special program indicator printed before the HTSUS number ({@code S} USMCA)
   * @param htsus block 32A
   * @param adCvdCases block 32B
   * @param countryOfOrigin the line's country of origin
   * @param usmcaOriginCriterion the USMCA criterion (A to D) the SPI claim rests on; carried by
   *     Puente so the claim can be checked, it is not a block of the form
   * @param grossWeightKg block 33A
   * @param manifestQuantity block 33B
   * @param manifestUnit block 33B unit (UN/CEFACT Rec. 20)
   * @param netQuantity block 34
   * @param netQuantityUnit block 34 HTSUS unit
   * @param enteredValue block 35A, whole dollars
   * @param charges block 35B, whole dollars
   * @param relationship block 35C
   * @param htsusRate block 36A
   * @param adCvdRate block 36B
   * @param ircRate block 36C
   * @param visaNumber block 36D
   * @param duty block 37, duty
   * @param irTax block 37, internal revenue tax
   */
  public record Line(
      int lineNumber,
      String description,
      String spi,
      Htsus10 htsus,
      List<String> adCvdCases,
      String countryOfOrigin,
      OriginCriterion usmcaOriginCriterion,
      BigDecimal grossWeightKg,
      BigDecimal manifestQuantity,
      String manifestUnit,
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
      BigDecimal irTax) {
    public Line {
      adCvdCases = adCvdCases == null ? List.of() : List.copyOf(adCvdCases);
    }
  }

  /**
   * Blocks 39 and 41 to 44, and the other fee summary.
   *
   * @param enteredValue block 39, total entered value, whole dollars
   * @param otherFees the other fee summary by class code
   * @param duty block 41
   * @param tax block 42
   * @param other block 43, the sum of the other fees
   * @param total block 44
   */
  public record Totals(
      BigDecimal enteredValue,
      List<EntryFee> otherFees,
      BigDecimal duty,
      BigDecimal tax,
      BigDecimal other,
      BigDecimal total) {
    public Totals {
      otherFees = otherFees == null ? List.of() : List.copyOf(otherFees);
    }
  }

  /**
   * The broker or filer.
   *
   * @param name the broker's name
   * @param address the broker's address
   * @param filerCode the 3-character CBP filer code
   * @param fileNumber the broker's or importer's file number
   */
  public record Filer(String name, Address address, String filerCode, String fileNumber) {}
}
