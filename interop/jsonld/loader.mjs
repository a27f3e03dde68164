// Static offline JSON-LD document loader for the interop scripts: the contexts the npm packages
// publish, extra contexts from a --context-dir (index.json: URL -> file), and did:key documents
// derived from the identifier itself. It never touches the network.
import fs from 'node:fs';
import path from 'node:path';
import {contexts as credentialsContexts} from '@digitalbazaar/credentials-context';
import * as dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import * as multikeyContext from '@digitalbazaar/multikey-context';
import * as didContext from 'did-context';
import * as statusContext from '@digitalbazaar/vc-bitstring-status-list-context';

const here = path.dirname(new URL(import.meta.url).pathname);

export function makeLoader(contextDirs = []) {
  const contexts = new Map();
  for (const [url, ctx] of credentialsContexts) contexts.set(url, ctx);
  for (const pkg of [dataIntegrityContext, multikeyContext, didContext, statusContext]) {
    for (const [url, ctx] of pkg.contexts) contexts.set(url, ctx);
  }
  // Puente's own context, the same file Puente bundles.
  const puente = path.join(here, '../../credentials/src/main/resources/org/puente/credentials/contexts/puente-v1.jsonld');
  contexts.set('https://w3id.org/puente/v1', JSON.parse(fs.readFileSync(puente, 'utf8')));
  for (const dir of contextDirs) {
    const index = JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8'));
    for (const [url, file] of Object.entries(index)) {
      contexts.set(url, JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')));
    }
  }
  return async function documentLoader(url) {
    if (contexts.has(url)) {
      return {contextUrl: null, documentUrl: url, document: contexts.get(url)};
    }
    if (url.startsWith('did:key:')) {
      return {contextUrl: null, documentUrl: url, document: didKeyDocument(url)};
    }
    throw new Error(`offline loader refuses ${url}`);
  };
}

function didKeyDocument(url) {
  const [did, fragment] = url.split('#');
  const key = did.substring('did:key:'.length);
  const vm = {
    '@context': 'https://w3id.org/security/multikey/v1',
    id: `${did}#${key}`, type: 'Multikey', controller: did, publicKeyMultibase: key
  };
  if (fragment) return vm;
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: did,
    verificationMethod: [{id: vm.id, type: vm.type, controller: did, publicKeyMultibase: key}],
    assertionMethod: [vm.id], authentication: [vm.id],
    capabilityInvocation: [vm.id], capabilityDelegation: [vm.id]
  };
}
