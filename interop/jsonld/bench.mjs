// Baselines for Puente's DataIntegrityBenchmark, measured on the same credential:
//   node bench.mjs [--contexts v2|traceability] [--context-dir DIR] [--seconds N]
// prints {"opensslEd25519VerifyPerSec", "jsEddsaRdfc2022VerifyPerSec"} (operations per second,
// one core): OpenSSL's Ed25519 through node's crypto.verify over 64 bytes, and the digitalbazaar
// stack verifying the ~2.6 KB USMCA certification of origin with eddsa-rdfc-2022.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsa} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {makeLoader} from './loader.mjs';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const contexts = arg('--contexts', 'v2');
const seconds = Number(arg('--seconds', '5'));
const contextDir = arg('--context-dir');
const here = path.dirname(new URL(import.meta.url).pathname);
const credentialFile = path.join(here,
  '../../credentials/src/test/resources/credentials/usmca-certification-of-origin.json');

function rawEd25519() {
  const {publicKey, privateKey} = crypto.generateKeyPairSync('ed25519');
  const data = Buffer.alloc(64, 0x5a);
  const signature = crypto.sign(null, data, privateKey);
  let n = 0;
  const start = process.hrtime.bigint();
  const end = start + BigInt(seconds * 1e9);
  let now = start;
  while (now < end) {
    for (let i = 0; i < 100; i++) {
      if (!crypto.verify(null, data, publicKey, signature)) throw new Error('verify failed');
    }
    n += 100;
    now = process.hrtime.bigint();
  }
  return n / (Number(now - start) / 1e9);
}

async function jsStack() {
  const documentLoader = makeLoader(contextDir ? [contextDir] : []);
  const keyPair = await Ed25519Multikey.generate();
  const did = `did:key:${keyPair.publicKeyMultibase}`;
  keyPair.id = `${did}#${keyPair.publicKeyMultibase}`;
  keyPair.controller = did;
  const credential = JSON.parse(fs.readFileSync(credentialFile, 'utf8'));
  credential.issuer.id = did;
  if (contexts === 'traceability') {
    credential['@context'] = ['https://www.w3.org/ns/credentials/v2', 'https://w3id.org/traceability/v1'];
  }
  const signed = await vc.issue({credential, documentLoader,
    suite: new DataIntegrityProof({signer: keyPair.signer(), cryptosuite: eddsa})});
  const suite = new DataIntegrityProof({cryptosuite: eddsa});
  const verifyOnce = async () => {
    const result = await vc.verifyCredential({credential: signed, suite, documentLoader});
    if (!result.verified) throw new Error(JSON.stringify(result.error));
  };
  for (let i = 0; i < 3; i++) await verifyOnce();
  let n = 0;
  const start = process.hrtime.bigint();
  const end = start + BigInt(seconds * 1e9);
  let now = start;
  while (now < end) {
    await verifyOnce();
    n++;
    now = process.hrtime.bigint();
  }
  return n / (Number(now - start) / 1e9);
}

const openssl = rawEd25519();
const js = await jsStack();
process.stdout.write(JSON.stringify({contexts,
  opensslEd25519VerifyPerSec: Math.round(openssl),
  jsEddsaRdfc2022VerifyPerSec: Number(js.toFixed(2))}) + '\n');
