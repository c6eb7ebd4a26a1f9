import type { KeyObject } from 'node:crypto';
import { describeKey, isKeyObjectLike, keyError } from './key-read.js';
import { type NodeBuiltins, nodeBuiltins } from './node-builtins.js';

/**
 * Node `KeyObject`s from the forms OTGPAY keys travel in (protocol §1), for the synchronous
 * `node:crypto` signer and verifier. The text is read by `key-read.ts` (no crypto library);
 * `node:crypto` comes from `process.getBuiltinModule`, never a static import, so runtimes
 * without it load this module too — the functions then throw. Messages hold no key material.
 */

function builtins(what: string): NodeBuiltins {
  const node = nodeBuiltins();
  if (!node) {
    throw new TypeError(
      `${what} needs node:crypto (process.getBuiltinModule), which this runtime does not have; use WebCryptoSigner / importPrivateKey / importPublicKey`,
    );
  }
  return node;
}

/** Parses a merchant/platform private key: base64 DER PKCS#8 or PKCS#1, or PEM. */
export function parsePrivateKey(input: string | KeyObject): KeyObject {
  if (isKeyObjectLike(input) && input.type === 'private') return input as KeyObject;
  const described = describeKey(input);
  if (described.kind !== 'private' || !described.der) {
    throw keyError('private key', 'private', input, described);
  }
  const { crypto, Buffer } = builtins('parsePrivateKey');
  try {
    return crypto.createPrivateKey({
      key: Buffer.from(described.der),
      format: 'der',
      type: 'pkcs8',
    });
  } catch {
    throw keyError('private key', 'private', input, { kind: 'unreadable' });
  }
}

/**
 * Parses a public key: base64 DER SPKI (or PKCS#1), or PEM `PUBLIC KEY` / `RSA PUBLIC KEY`.
 * A private `KeyObject` gives its public half; a private key string is refused (it is
 * almost always the wrong key in the wrong place).
 */
export function parsePublicKey(input: string | KeyObject): KeyObject {
  if (isKeyObjectLike(input)) {
    if (input.type === 'public') return input as KeyObject;
    if (input.type === 'private') {
      return builtins('parsePublicKey').crypto.createPublicKey(input as KeyObject);
    }
  }
  const described = describeKey(input);
  if (described.kind !== 'public' || !described.der) {
    throw keyError('public key', 'public', input, described);
  }
  const { crypto, Buffer } = builtins('parsePublicKey');
  try {
    return crypto.createPublicKey({ key: Buffer.from(described.der), format: 'der', type: 'spki' });
  } catch {
    throw keyError('public key', 'public', input, { kind: 'unreadable' });
  }
}

/** Size in bytes of an RSA key's modulus (the exact length of every signature). */
export function modulusBytes(key: KeyObject): number {
  const bits = key.asymmetricKeyDetails?.modulusLength;
  if (!bits) throw new TypeError('key: not an RSA key');
  return Math.ceil(bits / 8);
}
