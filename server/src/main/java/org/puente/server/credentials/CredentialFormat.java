package org.puente.server.credentials;

/** How a stored credential is secured. */
public enum CredentialFormat {
  /** W3C VC 2.0 with an embedded Data Integrity proof (JSON-LD). */
  DATA_INTEGRITY,
  /** VC-JOSE: a compact JWS whose payload is the credential. */
  VC_JOSE,
  /** SD-JWT VC: issuer-signed JWT with disclosures. */
  SD_JWT_VC
}
