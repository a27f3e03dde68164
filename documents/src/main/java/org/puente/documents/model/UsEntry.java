package org.puente.documents.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.puente.documents.ids.CbpPortCode;
import org.puente.documents.ids.ManufacturerId;

/**
 * What the CBP entry summary (CBP Form 7501) holds beyond the rest of the consignment: the entry's
 * type, dates, bond, in-bond, duty lines, fees and declaration. Block numbers follow the 2024
 * revision of the form (OMB 1651-0022). The entry number is the first of {@link
 * References#usEntryNumbers()}; port, carrier, parties and goods come from the consignment.
 *
 * @param entryType block 2, two digits ({@code 01} consumption, free and dutiable...)
 * @param summaryDate block 3, the date the summary is filed
 * @param suretyCode block 4, the 3-digit CBP surety company code
 * @param bondType block 5: {@code 0} no bond required, {@code 8} continuous, {@code 9} single
 *     transaction
 * @param entryDate block 7, the date the goods were released (entered)
 * @param importDate block 11, when absent the local date of {@link Movement#arrival()}
 * @param modeOfTransport block 9, when absent {@code 30} (truck) or {@code 31} (truck, container)
 * @param manufacturerId block 13, when absent constructed from the producer party
 * @param exportingCountry block 14, ISO 3166-1 alpha-2
 * @param exportDate block 15
 * @param inBondNumber block 16, the I.T. (CBP Form 7512 / paperless) number, if moved in bond
 * @param inBondDate block 17
 * @param missingDocuments block 18, 2-digit codes of documents to follow
 * @param foreignPortOfLading block 19, Schedule K code (5 digits), vessel and air only
 * @param portOfUnlading block 20, vessel and air only
 * @param locationOfGoods block 25, FIRMS code or general order number
 * @param referenceNumber block 28, the importer number of who receives refunds and bills, if not
 *     the importer of record
 * @param filerFileNumber the broker's or importer's own file number
 * @param lines blocks 31 to 37 per goods item, by goods item sequence
 * @param fees the other fees by CBP class code (499 MPF, 501 HMF...)
 * @param declaration block 40
 */
public record UsEntry(
    String entryType,
    LocalDate summaryDate,
    String suretyCode,
    String bondType,
    LocalDate entryDate,
    LocalDate importDate,
    String modeOfTransport,
    ManufacturerId manufacturerId,
    String exportingCountry,
    LocalDate exportDate,
    String inBondNumber,
    LocalDate inBondDate,
    List<String> missingDocuments,
    String foreignPortOfLading,
    CbpPortCode portOfUnlading,
    String locationOfGoods,
    String referenceNumber,
    String filerFileNumber,
    List<UsEntryLine> lines,
    List<EntryFee> fees,
    Declarant declaration) {
  /**
   * Entry type codes of the CBP Form 7501 instructions, block 2: consumption, informal, warehouse,
   * warehouse withdrawal, government and in-bond entries.
   */
  public static final Set<String> ENTRY_TYPES =
      Set.of(
          "01", "02", "03", "04", "05", "06", "07", "08", "11", "12", "21", "22", "23", "24", "25",
          "26", "31", "32", "34", "38", "51", "52", "61", "62", "63", "69", "70");

  public UsEntry {
    if (entryType != null && !ENTRY_TYPES.contains(entryType)) {
      throw new IllegalArgumentException(
          "entry type: expected one of the CBP Form 7501 block 2 codes, found '" + entryType + "'");
    }
    Codes.require(suretyCode, "[0-9]{3}", "surety code");
    Codes.require(bondType, "[089]", "bond type");
    Codes.require(modeOfTransport, "[0-9]{2}", "mode of transport");
    if (exportingCountry != null) {
      Countries.requireAlpha2(exportingCountry);
    }
    Codes.require(inBondNumber, "[0-9A-Z]{9,12}", "in-bond number");
    missingDocuments = Codes.requireAll(missingDocuments, "[0-9]{2}", "missing document code");
    Codes.require(foreignPortOfLading, "[0-9]{5}", "foreign port of lading (Schedule K)");
    Codes.require(locationOfGoods, "[A-Z0-9]{1,15}", "location of goods");
    Codes.require(
        referenceNumber,
        "[0-9]{2}-[0-9]{7}([0-9]{2})?|[0-9]{6}-[0-9]{5}",
        "reference number (an importer number)");
    lines =
        lines == null
            ? List.of()
            : lines.stream().sorted(Comparator.comparingInt(UsEntryLine::sequence)).toList();
    fees =
        fees == null
            ? List.of()
            : fees.stream().sorted(Comparator.comparing(EntryFee::classCode)).toList();
  }

  /** The entry line of a goods item, if any. */
  public java.util.Optional<UsEntryLine> line(int sequence) {
    return lines.stream().filter(l -> l.sequence() == sequence).findFirst();
  }
}
