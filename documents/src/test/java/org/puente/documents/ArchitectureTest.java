package org.puente.documents;

import org.junit.jupiter.api.Test;
import org.puente.testkit.ArchitectureRules;

class ArchitectureTest {
  @Test
  void documents_isPlainJavaWithNetworkOnlyInAdapters() {
    ArchitectureRules.checkDomainModule("org.puente.documents");
  }
}
