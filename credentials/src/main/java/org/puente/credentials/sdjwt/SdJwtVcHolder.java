package org.puente.credentials.sdjwt;

import com.authlete.sd.Disclosure;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.puente.credentials.CredentialException;
import org.puente.credentials.keys.Signer;

/**
 * The holder's side: presents an SD-JWT VC disclosing only the chosen claims, bound to a verifier's
 * audience and nonce with a Key Binding JWT signed by the key in {@code cnf} (RFC 9901 §4.3).
 */
public final class SdJwtVcHolder {
  private SdJwtVcHolder() {}

  /**
   * A presentation of {@code sdJwt} disclosing {@code disclose} (top-level claim names) with a
   * KB-JWT over {@code audience}, {@code nonce}, {@code iat} and {@code sd_hash}.
   */
  public static String present(
      String sdJwt,
      Set<String> disclose,
      Signer holderKey,
      String audience,
      String nonce,
      Clock clock)
      throws CredentialException {
    SdJwt issued = SdJwt.parse(sdJwt);
    List<Disclosure> chosen = new ArrayList<>();
    for (Disclosure d : issued.disclosures()) {
      if (disclose.contains(d.getClaimName())) {
        chosen.add(d);
      }
    }
    SdJwt presented = new SdJwt(issued.issuerJwt(), chosen, null);
    Map<String, Object> kb = new LinkedHashMap<>();
    kb.put("iat", clock.instant().getEpochSecond());
    kb.put("aud", audience);
    kb.put("nonce", nonce);
    kb.put("sd_hash", SdJwt.sdHash(presented.withoutKeyBinding()));
    String kbJwt = SdJwt.signJwt(kb, SdJwt.KB_TYPE, holderKey, false);
    return presented.withoutKeyBinding() + kbJwt;
  }
}
