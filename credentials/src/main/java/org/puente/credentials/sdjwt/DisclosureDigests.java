package org.puente.credentials.sdjwt;

import com.authlete.sd.Disclosure;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;

/**
 * RFC 9901 §7.1 steps 3–5: every disclosure must be referenced by exactly one digest, in the
 * issuer-signed payload or inside another disclosed value; an object-property disclosure only from
 * an object's {@code _sd} (and its name must be neither reserved nor already a plain claim of that
 * object), an array-element disclosure only from a {@code {"...": digest}} element; no digest may
 * appear twice.
 */
final class DisclosureDigests {
  /** Where a digest was found: in an object's {@code _sd}, or as an array element. */
  private record Site(Map<?, ?> object) {
    boolean inArray() {
      return object == null;
    }
  }

  private DisclosureDigests() {}

  static void check(Map<String, Object> payload, List<Disclosure> disclosures)
      throws CredentialException {
    Map<String, Site> sites = new HashMap<>();
    collect(payload, sites);
    for (Disclosure d : disclosures) {
      collect(d.getClaimValue(), sites);
    }
    Set<String> used = new HashSet<>();
    for (Disclosure d : disclosures) {
      String digest = d.digest("sha-256");
      Site site = sites.get(digest);
      if (site == null) {
        throw mismatch(
            "disclosure of '"
                + d.getClaimName()
                + "' has digest "
                + digest
                + ", which the issuer did not sign");
      }
      if (!used.add(digest)) {
        throw mismatch("disclosure with digest " + digest + " is repeated");
      }
      checkPlacement(d, site);
    }
  }

  private static void checkPlacement(Disclosure d, Site site) throws CredentialException {
    String name = d.getClaimName();
    if (site.inArray() != (name == null)) {
      throw mismatch(
          "disclosure "
              + d.getDisclosure()
              + " is referenced from the wrong place: "
              + (name == null ? "array element" : "claim '" + name + "'")
              + " digest found "
              + (site.inArray() ? "in an array" : "in an _sd list"));
    }
    if (name != null
        && (name.equals("_sd") || name.equals("...") || site.object().containsKey(name))) {
      throw mismatch("disclosed claim '" + name + "' is reserved or already present in its object");
    }
  }

  private static void collect(Object node, Map<String, Site> sites) throws CredentialException {
    if (node instanceof Map<?, ?> map) {
      if (map.get("_sd") instanceof List<?> list) {
        for (Object digest : list) {
          add(digest, new Site(map), sites);
        }
      }
      for (Object value : map.values()) {
        collect(value, sites);
      }
    } else if (node instanceof List<?> list) {
      for (Object element : list) {
        if (element instanceof Map<?, ?> m && m.size() == 1 && m.containsKey("...")) {
          add(m.get("..."), new Site(null), sites);
        } else {
          collect(element, sites);
        }
      }
    }
  }

  private static void add(Object digest, Site site, Map<String, Site> sites)
      throws CredentialException {
    if (!(digest instanceof String s)) {
      throw new CredentialException(Code.MALFORMED_JWT, "an SD digest must be a string: " + digest);
    }
    if (sites.putIfAbsent(s, site) != null) {
      throw mismatch("digest " + s + " appears more than once");
    }
  }

  private static CredentialException mismatch(String message) {
    return new CredentialException(Code.DISCLOSURE_MISMATCH, message);
  }
}
