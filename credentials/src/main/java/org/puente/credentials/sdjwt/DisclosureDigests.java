package org.puente.credentials.sdjwt;

import com.authlete.sd.Disclosure;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.puente.credentials.CredentialException;
import org.puente.credentials.CredentialException.Code;

/**
 * RFC 9901 §7.1 step 3–4: every disclosure must be referenced by exactly one digest, in the
 * issuer-signed payload or inside another disclosed value, and no digest may appear twice.
 */
final class DisclosureDigests {
  private DisclosureDigests() {}

  static void check(Map<String, Object> payload, List<Disclosure> disclosures)
      throws CredentialException {
    Set<String> referenced = new HashSet<>();
    collect(payload, referenced);
    for (Disclosure d : disclosures) {
      collect(d.getClaimValue(), referenced);
    }
    Set<String> used = new HashSet<>();
    for (Disclosure d : disclosures) {
      String digest = d.digest("sha-256");
      if (!referenced.contains(digest)) {
        throw new CredentialException(
            Code.DISCLOSURE_MISMATCH,
            "disclosure of '"
                + d.getClaimName()
                + "' has digest "
                + digest
                + ", which the issuer did not sign");
      }
      if (!used.add(digest)) {
        throw new CredentialException(
            Code.DISCLOSURE_MISMATCH, "disclosure with digest " + digest + " is repeated");
      }
    }
  }

  private static void collect(Object node, Set<String> digests) throws CredentialException {
    if (node instanceof Map<?, ?> map) {
      Object sd = map.get("_sd");
      if (sd instanceof List<?> list) {
        for (Object digest : list) {
          add(digest, digests);
        }
      }
      for (Object value : map.values()) {
        collect(value, digests);
      }
    } else if (node instanceof List<?> list) {
      for (Object element : list) {
        if (element instanceof Map<?, ?> m && m.size() == 1 && m.containsKey("...")) {
          add(m.get("..."), digests);
        } else {
          collect(element, digests);
        }
      }
    }
  }

  private static void add(Object digest, Set<String> digests) throws CredentialException {
    if (!(digest instanceof String s)) {
      throw new CredentialException(Code.MALFORMED_JWT, "an SD digest must be a string: " + digest);
    }
    if (!digests.add(s)) {
      throw new CredentialException(
          Code.DISCLOSURE_MISMATCH, "digest " + s + " appears more than once in the payload");
    }
  }
}
