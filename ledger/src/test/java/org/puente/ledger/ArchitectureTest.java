package org.puente.ledger;

import org.junit.jupiter.api.Test;
import org.puente.testkit.ArchitectureRules;

class ArchitectureTest {
  @Test
  void ledger_isPlainJavaWithNetworkOnlyInAdapters() {
    ArchitectureRules.checkDomainModule("org.puente.ledger");
  }
}
