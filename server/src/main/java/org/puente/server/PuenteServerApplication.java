package org.puente.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The Puente node: one party's service (a customs authority or a trade party). */
@SpringBootApplication
public class PuenteServerApplication {

  /**
   * Starts a node with Spring Boot's usual argument handling; returns the running context. Several
   * nodes may start at once in one JVM ({@link LoggingInitLock}).
   */
  public static ConfigurableApplicationContext start(String... args) {
    SpringApplication app = new SpringApplication(PuenteServerApplication.class);
    app.addListeners(new LoggingInitLock.Acquire(), new LoggingInitLock.Release());
    return app.run(args);
  }

  public static void main(String[] args) {
    start(args);
  }
}
