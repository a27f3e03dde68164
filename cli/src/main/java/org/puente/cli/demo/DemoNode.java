package org.puente.cli.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.puente.server.auth.NodeTokens;
import org.puente.server.auth.Role;
import org.puente.server.node.Jurisdiction;
import org.puente.server.node.NodeIdentity;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One running node of the demo: its plan, its Spring context, its DID and its token issuer.
 *
 * @param plan what it is
 * @param context the running node
 */
public record DemoNode(DemoPlan.Node plan, ConfigurableApplicationContext context) {
  /** The node's base URL. */
  public String url() {
    return String.format(Locale.ROOT, "http://localhost:%d", plan.port());
  }

  /** The node's peer endpoint (mutual TLS), for authority nodes. */
  public java.util.Optional<String> peerUrl() {
    return plan.peerPort().isPresent()
        ? java.util.Optional.of(
            String.format(Locale.ROOT, "https://localhost:%d", plan.peerPort().getAsInt()))
        : java.util.Optional.empty();
  }

  /** The node's DID. */
  public String did() {
    return context.getBean(NodeIdentity.class).did();
  }

  /**
   * A bearer token this node issues to a service account (another node) for {@code role} in {@code
   * jurisdiction}, valid for {@code validity}.
   */
  public String serviceToken(Role role, Jurisdiction jurisdiction, Duration validity) {
    return mint("demo-service-", role, jurisdiction, Optional.empty(), validity);
  }

  /** A bearer token of this node for {@code role} in {@code jurisdiction}, valid for a day. */
  public String token(Role role, Jurisdiction jurisdiction, Optional<String> port) {
    return mint("demo-", role, jurisdiction, port, Duration.ofDays(1));
  }

  private String mint(
      String subject,
      Role role,
      Jurisdiction jurisdiction,
      Optional<String> port,
      Duration validity) {
    return context
        .getBean(NodeTokens.class)
        .mint(
            subject + role.claim() + "-" + jurisdiction,
            List.of(role),
            jurisdiction,
            port,
            validity,
            Clock.systemUTC());
  }
}
