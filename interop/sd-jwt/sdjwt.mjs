// Verifies a Puente SD-JWT VC presentation with the OpenWallet Foundation sd-jwt-js core package.
//   node sdjwt.mjs verify <presentation-file> <issuer-public-jwk-file> <nonce> <now-epoch-seconds>
// Prints {"payload": <disclosed claims>, "kb": <key binding header and payload>}; exits 1 on failure.
import { readFileSync } from 'node:fs';
import { createPublicKey, verify as cryptoVerify } from 'node:crypto';
import { SDJwtInstance } from '@sd-jwt/core';
import { digest } from '@sd-jwt/crypto-nodejs';

const HASH_BY_CRV = { Ed25519: null, 'P-256': 'sha256', 'P-384': 'sha384' };

function checkSignature(jwk, data, sig) {
  const key = createPublicKey({ key: jwk, format: 'jwk' });
  const signature = Buffer.from(sig, 'base64url');
  const options = jwk.kty === 'EC' ? { key, dsaEncoding: 'ieee-p1363' } : key;
  return cryptoVerify(HASH_BY_CRV[jwk.crv], Buffer.from(data, 'ascii'), options, signature);
}

async function verify(presentationPath, issuerJwkPath, nonce, now) {
  const presentation = readFileSync(presentationPath, 'utf8').trim();
  const issuerJwk = JSON.parse(readFileSync(issuerJwkPath, 'utf8'));
  const sdjwt = new SDJwtInstance({
    hasher: digest,
    verifier: (data, sig) => checkSignature(issuerJwk, data, sig),
    kbVerifier: (data, sig, payload) => checkSignature(payload.cnf.jwk, data, sig),
  });
  const result = await sdjwt.verify(presentation, {
    keyBindingNonce: nonce,
    currentDate: Number(now),
    requireKeyBindings: true,
  });
  if (!result.kb) {
    throw new Error('no key binding was verified');
  }
  process.stdout.write(JSON.stringify({ payload: result.payload, kb: result.kb }));
}

const [command, ...args] = process.argv.slice(2);
try {
  if (command !== 'verify') {
    throw new Error('usage: sdjwt.mjs verify <presentation> <issuer-jwk> <nonce> <now>');
  }
  await verify(...args);
} catch (e) {
  process.stderr.write(`${e.name ?? 'ERROR'}: ${e.message}\n`);
  process.exit(1);
}
