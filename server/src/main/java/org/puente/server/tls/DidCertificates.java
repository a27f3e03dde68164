package org.puente.server.tls;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Self-signed TLS certificates bound to a node's DID: the DID is the certificate's only URI subject
 * alternative name (RFC 5280 §4.2.1.6), and its key is one the DID document lists.
 */
public final class DidCertificates {
  private static final int SAN_URI = 6;

  private DidCertificates() {}

  /** A self-signed certificate for {@code did} over {@code keys} (EC P-256, SHA256withECDSA). */
  public static X509Certificate selfSigned(
      String did, KeyPair keys, Instant notBefore, Duration validity, BigInteger serial) {
    try {
      JcaX509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              new X500Name("CN=Puente node"),
              serial,
              Date.from(notBefore),
              Date.from(notBefore.plus(validity)),
              new X500Name("CN=Puente node"),
              keys.getPublic());
      builder.addExtension(
          Extension.subjectAlternativeName,
          false,
          new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, did)));
      return new JcaX509CertificateConverter()
          .getCertificate(
              builder.build(
                  new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
    } catch (CertIOException | OperatorCreationException | CertificateException e) {
      throw new IllegalStateException("cannot make a certificate for " + did, e);
    }
  }

  /** The DID named by the certificate's URI SANs, if exactly one is a DID. */
  public static Optional<String> didOf(X509Certificate certificate)
      throws CertificateParsingException {
    Collection<List<?>> names = certificate.getSubjectAlternativeNames();
    if (names == null) {
      return Optional.empty();
    }
    List<String> dids =
        names.stream()
            .filter(n -> Integer.valueOf(SAN_URI).equals(n.get(0)))
            .map(n -> String.valueOf(n.get(1)))
            .filter(uri -> uri.startsWith("did:"))
            .toList();
    return dids.size() == 1 ? Optional.of(dids.get(0)) : Optional.empty();
  }
}
