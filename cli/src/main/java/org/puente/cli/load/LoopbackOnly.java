package org.puente.cli.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Load runs may only target this machine: a load tool pointed at someone else's server is an
 * attack, whatever its intent.
 */
public final class LoopbackOnly {
  private LoopbackOnly() {}

  /** Returns the URI when its host is a loopback address; throws otherwise. */
  public static URI check(URI target) {
    String host = target.getHost();
    if (host == null) {
      throw new IllegalArgumentException("load target " + target + " has no host");
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(host)) {
        if (!address.isLoopbackAddress()) {
          throw new IllegalArgumentException(
              "load target "
                  + target
                  + " resolves to "
                  + address.getHostAddress()
                  + ", which is not a loopback address: load runs only target this machine");
        }
      }
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("load target host " + host + " does not resolve", e);
    }
    return target;
  }
}
