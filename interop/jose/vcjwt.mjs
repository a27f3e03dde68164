// VC-JWT (W3C VC-JOSE-COSE §3.1.1) with the jose package, for Puente's interoperability tests.
//   node vcjwt.mjs verify <jwt-file> <public-jwk-file>   -> prints {"header":…,"payload":…}
//   node vcjwt.mjs sign <private-jwk-file> <kid> <payload-file> -> prints the compact JWS
// Exits 1 with a message on stderr when verification fails.
import { readFileSync } from 'node:fs';
import { CompactSign, compactVerify, importJWK } from 'jose';

const ALG_BY_CRV = { Ed25519: 'EdDSA', 'P-256': 'ES256', 'P-384': 'ES384' };

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

async function verify(jwtPath, jwkPath) {
  const jwt = readFileSync(jwtPath, 'utf8').trim();
  const jwk = readJson(jwkPath);
  const alg = ALG_BY_CRV[jwk.crv];
  const key = await importJWK(jwk, alg);
  const { payload, protectedHeader } = await compactVerify(jwt, key, { algorithms: [alg] });
  if (protectedHeader.typ !== 'vc+jwt') {
    throw new Error(`typ ${protectedHeader.typ}, expected vc+jwt`);
  }
  const credential = JSON.parse(new TextDecoder().decode(payload));
  process.stdout.write(JSON.stringify({ header: protectedHeader, payload: credential }));
}

async function sign(jwkPath, kid, payloadPath) {
  const jwk = readJson(jwkPath);
  const alg = ALG_BY_CRV[jwk.crv];
  const key = await importJWK(jwk, alg);
  const payload = readFileSync(payloadPath);
  const jws = await new CompactSign(payload)
    .setProtectedHeader({ alg, kid, typ: 'vc+jwt', cty: 'vc' })
    .sign(key);
  process.stdout.write(jws);
}

const [command, ...args] = process.argv.slice(2);
try {
  if (command === 'verify') {
    await verify(...args);
  } else if (command === 'sign') {
    await sign(...args);
  } else {
    throw new Error('usage: vcjwt.mjs verify <jwt> <jwk> | sign <jwk> <kid> <payload>');
  }
} catch (e) {
  process.stderr.write(`${e.code ?? 'ERROR'}: ${e.message}\n`);
  process.exit(1);
}
