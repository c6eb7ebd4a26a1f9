import { createPrivateKey, createPublicKey, KeyObject } from 'node:crypto';

/**
 * Key parsing for OTGPAY (protocol §1): keys travel as bare base64 DER (private
 * PKCS#8 or PKCS#1, public SPKI) or as PEM with headers. Error messages never
 * contain key material.
 */

const PEM_RE = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/;

interface DerInput {
  der: Buffer;
  /** Label of the PEM header, or undefined for bare base64. */
  label: string | undefined;
}

function toDer(input: string, what: string): DerInput {
  const pem = PEM_RE.exec(input);
  const label = pem ? pem[1] : undefined;
  const body = (pem ? (pem[2] ?? '') : input).replace(/\s+/g, '');
  if (body.length === 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) {
    throw new TypeError(`${what}: not PEM or base64 DER`);
  }
  return { der: Buffer.from(body, 'base64'), label };
}

function firstThat<T>(attempts: Array<() => T>, message: string): T {
  for (const attempt of attempts) {
    try {
      return attempt();
    } catch {
      // try the next encoding
    }
  }
  throw new TypeError(message);
}

/** Parses a merchant/platform private key: base64 DER PKCS#8 or PKCS#1, or PEM. */
export function parsePrivateKey(input: string | KeyObject): KeyObject {
  if (input instanceof KeyObject) {
    if (input.type !== 'private') throw new TypeError('private key: KeyObject is not private');
    return input;
  }
  if (typeof input !== 'string') throw new TypeError('private key: expected a string');
  const { der, label } = toDer(input, 'private key');
  const pkcs8 = () => createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  const pkcs1 = () => createPrivateKey({ key: der, format: 'der', type: 'pkcs1' });
  const attempts =
    label === 'RSA PRIVATE KEY' ? [pkcs1] : label === 'PRIVATE KEY' ? [pkcs8] : [pkcs8, pkcs1];
  return firstThat(attempts, 'private key: unreadable (expected PKCS#8 or PKCS#1 RSA key)');
}

/** Parses a public key: base64 DER SPKI (or PKCS#1), or PEM `PUBLIC KEY` / `RSA PUBLIC KEY`. */
export function parsePublicKey(input: string | KeyObject): KeyObject {
  if (input instanceof KeyObject) {
    if (input.type === 'public') return input;
    if (input.type === 'private') return createPublicKey(input);
    throw new TypeError('public key: KeyObject is not an asymmetric key');
  }
  if (typeof input !== 'string') throw new TypeError('public key: expected a string');
  const { der, label } = toDer(input, 'public key');
  const spki = () => createPublicKey({ key: der, format: 'der', type: 'spki' });
  const pkcs1 = () => createPublicKey({ key: der, format: 'der', type: 'pkcs1' });
  const attempts =
    label === 'RSA PUBLIC KEY' ? [pkcs1] : label === 'PUBLIC KEY' ? [spki] : [spki, pkcs1];
  return firstThat(attempts, 'public key: unreadable (expected SPKI or PKCS#1 RSA key)');
}

/** Size in bytes of an RSA key's modulus (the exact length of every signature). */
export function modulusBytes(key: KeyObject): number {
  const bits = key.asymmetricKeyDetails?.modulusLength;
  if (!bits) throw new TypeError('key: not an RSA key');
  return Math.ceil(bits / 8);
}
