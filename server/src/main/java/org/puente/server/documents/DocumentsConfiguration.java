package org.puente.server.documents;

import java.nio.file.Path;
import org.puente.documents.DocumentException;
import org.puente.documents.Documents;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the documents facade: {@code puente.documents.sat-xsd} (SAT's Carta Porte 3.1 XSD folder)
 * and {@code puente.documents.hs-csv} (HS 2022 nomenclature) switch on their checks when set.
 */
@Configuration
public class DocumentsConfiguration {
  @Bean
  Documents documents(
      @Value("${puente.documents.sat-xsd:}") String satXsd,
      @Value("${puente.documents.hs-csv:}") String hsCsv)
      throws DocumentException {
    return Documents.create(
        satXsd.isBlank() ? null : Path.of(satXsd), hsCsv.isBlank() ? null : Path.of(hsCsv));
  }
}
