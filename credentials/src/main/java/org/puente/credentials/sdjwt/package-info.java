/**
 * SD-JWT VC (IETF draft-ietf-oauth-sd-jwt-vc over RFC 9901 SD-JWT): issuance with selectively
 * disclosable claims ({@code typ} {@code dc+sd-jwt}, {@code vct}, {@code iss}, {@code cnf}), the
 * holder's presentation of a chosen subset with a Key Binding JWT ({@code kb+jwt}), and
 * verification that returns only what was disclosed. Disclosures and their digests use the authlete
 * sd-jwt library; signing goes through Puente's {@link org.puente.credentials.keys.Signer} port.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9901">RFC 9901 Selective Disclosure for JWTs</a>
 * @see <a href="https://datatracker.ietf.org/doc/draft-ietf-oauth-sd-jwt-vc/">SD-JWT-based
 *     Verifiable Credentials</a>
 */
package org.puente.credentials.sdjwt;
