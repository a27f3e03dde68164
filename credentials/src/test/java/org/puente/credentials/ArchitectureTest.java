package org.puente.credentials;

import org.junit.jupiter.api.Test;
import org.puente.testkit.ArchitectureRules;

class ArchitectureTest {
  @Test
  void credentials_isPlainJavaWithNetworkOnlyInAdapters() {
    ArchitectureRules.checkDomainModule("org.puente.credentials");
  }
}
