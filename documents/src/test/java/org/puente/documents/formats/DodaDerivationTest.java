package org.puente.documents.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.documents.Samples;
import org.puente.documents.model.Consignment;
import org.puente.documents.model.Party;
import org.puente.documents.model.PartyRole;

/** The DODA values derived from the consignment rather than fixed (tipoOperacion, entry type). */
class DodaDerivationTest {

  private static String doda(Consignment c) throws Exception {
    return new String(DodaXml.write(c), StandardCharsets.UTF_8);
  }

  @Test
  void tipoOperacion_ofTheNorthboundSteelCoil_isExport() throws Exception {
    assertThat(doda(Samples.steelCoil())).contains("<tipoOperacion>2</tipoOperacion>");
  }

  @Test
  void tipoOperacion_withTheImporterInMexicoAndTheExporterAbroad_isImport() throws Exception {
    Consignment c = Samples.steelCoil();
    Party mx = c.party(PartyRole.EXPORTER).orElseThrow();
    Party us = c.party(PartyRole.IMPORTER).orElseThrow();
    List<Party> swapped =
        c.parties().stream()
            .map(
                p ->
                    p.role() == PartyRole.EXPORTER
                        ? new Party(PartyRole.EXPORTER, us.name(), us.address(), us.identifiers())
                        : p.role() == PartyRole.IMPORTER
                            ? new Party(PartyRole.IMPORTER, mx.name(), mx.address(), List.of())
                            : p)
            .toList();
    Consignment southbound =
        new Consignment(
            c.references(), swapped, c.goodsItems(), c.conveyance(), c.crew(), c.movement());
    assertThat(DodaXml.tipoOperacion(southbound)).isEqualTo("1");
    assertThat(doda(southbound)).contains("<tipoOperacion>1</tipoOperacion>");
  }

  @Test
  void tipoPedimentoAmericano_followsTheEntryTypeOfTheUsEntryData() throws Exception {
    Consignment c = Samples.steelCoilEntered();
    Consignment entered = c.withUsEntry(Samples.usEntry("03", c.usEntry().lines()));
    assertThat(doda(entered))
        .contains("<tipoPedimentoAmericano>03</tipoPedimentoAmericano>")
        .doesNotContain("<tipoPedimentoAmericano>01</tipoPedimentoAmericano>");
    assertThat(doda(Samples.steelCoil()))
        .contains("<tipoPedimentoAmericano>01</tipoPedimentoAmericano>");
  }
}
