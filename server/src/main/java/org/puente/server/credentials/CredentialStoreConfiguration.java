package org.puente.server.credentials;

import java.security.SecureRandom;
import java.time.Clock;
import org.puente.server.store.GroupCommit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the credential store on the node's DataSource. */
@Configuration
public class CredentialStoreConfiguration {
  @Bean
  CredentialStore credentialStore(
      JdbcClient jdbc,
      TransactionTemplate tx,
      GroupCommit commits,
      Clock clock,
      SecureRandom random) {
    return new CredentialStore(jdbc, tx, commits, clock, random);
  }
}
