// The digitalbazaar stack as an independent oracle for Puente's Data Integrity:
//   node di.mjs sign SUITE KEYFILE CREDENTIAL [--context-dir DIR]... [--created ISO]
//   node di.mjs verify CREDENTIAL [--context-dir DIR]...
// sign prints the signed credential; verify prints {"verified": bool, "error"?} and exits 0 / 1.
import fs from 'node:fs';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsa} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {cryptosuite as ecdsa} from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import {makeLoader} from './loader.mjs';

function options(args) {
  const dirs = [];
  let created;
  const rest = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--context-dir') dirs.push(args[++i]);
    else if (args[i] === '--created') created = args[++i];
    else rest.push(args[i]);
  }
  return {dirs, created, rest};
}

const read = file => JSON.parse(fs.readFileSync(file === '-' ? 0 : file, 'utf8'));

async function sign([suiteName, keyFile, credentialFile], {dirs, created}) {
  const keyJson = read(keyFile);
  const pub = keyJson.publicKeyMultibase;
  const did = `did:key:${pub}`;
  const exported = {...keyJson, '@context': 'https://w3id.org/security/multikey/v1',
    type: 'Multikey', id: `${did}#${pub}`, controller: did};
  const isEd = suiteName === 'eddsa-rdfc-2022';
  const keyPair = isEd ? await Ed25519Multikey.from(exported) : await EcdsaMultikey.from(exported);
  const suite = new DataIntegrityProof({signer: keyPair.signer(), cryptosuite: isEd ? eddsa : ecdsa,
    date: created ? new Date(created) : undefined});
  const signed = await vc.issue({credential: read(credentialFile), suite, documentLoader: makeLoader(dirs)});
  process.stdout.write(JSON.stringify(signed, null, 2) + '\n');
}

async function verify([credentialFile], {dirs}) {
  const suite = [new DataIntegrityProof({cryptosuite: eddsa}), new DataIntegrityProof({cryptosuite: ecdsa})];
  const result = await vc.verifyCredential({credential: read(credentialFile), suite,
    documentLoader: makeLoader(dirs), checkStatus: async () => ({verified: true})});
  const out = {verified: result.verified};
  if (!result.verified) {
    out.error = String(result.error?.errors?.[0]?.message || result.error?.message ||
      JSON.stringify(result.results?.map(r => r.error?.message)));
  }
  process.stdout.write(JSON.stringify(out) + '\n');
  process.exitCode = result.verified ? 0 : 1;
}

const [command, ...args] = process.argv.slice(2);
const opts = options(args);
try {
  if (command === 'sign') await sign(opts.rest, opts);
  else if (command === 'verify') await verify(opts.rest, opts);
  else throw new Error('usage: di.mjs sign|verify ...');
} catch (e) {
  process.stderr.write(`di.mjs: ${e.stack || e}\n`);
  process.exitCode = 2;
}
