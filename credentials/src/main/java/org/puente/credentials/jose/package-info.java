/**
 * W3C VC-JOSE-COSE, the JOSE half: verifiable credentials and presentations secured as compact JWS
 * ({@code typ} {@code vc+jwt} / {@code vp+jwt}), the payload being the VC 2.0 JSON itself. Signing
 * goes through Puente's {@link org.puente.credentials.keys.Signer} port (so an HSM can sign);
 * verification resolves {@code kid} through a {@link
 * org.puente.credentials.did.DidDocumentResolver} and checks the signature with BouncyCastle via
 * {@link org.puente.credentials.keys.Multikey}.
 *
 * @see <a href="https://www.w3.org/TR/vc-jose-cose/">Securing Verifiable Credentials using JOSE and
 *     COSE</a>
 */
package org.puente.credentials.jose;
