/**
 * RSA keys for WebCrypto (`crypto.subtle`) from the forms OTGPAY keys travel in (protocol §1):
 * bare base64 DER or PEM, private PKCS#8 or PKCS#1, public SPKI or PKCS#1 — and from Node
 * KeyObjects, read through their `export` method. No Node built-in is imported: this runs on
 * Node, Deno, Bun and Cloudflare workerd alike. Error messages never contain key material.
 */

// Types only (erased): WebCrypto's key type as @types/node names it.
import type { webcrypto } from 'node:crypto';

type CryptoKey = webcrypto.CryptoKey;

/**
 * A WebCrypto `CryptoKey` as `importPrivateKey` / `importPublicKey` return it, described
 * structurally so the published types need neither the DOM lib nor `@types/node`. Pass it to
 * `crypto.subtle` as it is.
 */
export interface WebCryptoKey {
  /** `private` for {@link importPrivateKey}, `public` for {@link importPublicKey}. */
  readonly type: string;
  /** Always false: imported keys cannot be exported again. */
  readonly extractable: boolean;
  /** The algorithm the key is bound to. */
  readonly algorithm: {
    /** `RSASSA-PKCS1-v1_5` (with SHA-256). */
    readonly name: string;
  };
  /** `['sign']` for a private key, `['verify']` for a public one. */
  readonly usages: readonly string[];
}

const PEM_RE = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/;
const ALGORITHM = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

/** Anything with Node's `KeyObject#export({ format: 'der', type })`. */
interface ExportableKey {
  readonly type?: string;
  export(options: { format: 'der'; type: string }): Uint8Array;
}

function isExportable(value: unknown): value is ExportableKey {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ExportableKey).export === 'function'
  );
}

export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function derOf(
  input: string,
  what: string,
): { der: Uint8Array<ArrayBuffer>; label: string | undefined } {
  let text = input.trim();
  const quoted = /^(["'`])([\s\S]*)\1$/.exec(text);
  if (quoted) text = (quoted[2] ?? '').trim();
  text = text.replace(/\\r\\n|\\n|\\r/g, '\n');
  const pem = PEM_RE.exec(text);
  const body = (pem ? (pem[2] ?? '') : text).replace(/\s+/g, '');
  if (body.length === 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) {
    throw new TypeError(`${what}: not PEM or base64 DER`);
  }
  return { der: base64ToBytes(body), label: pem ? pem[1] : undefined };
}

/** DER length octets. */
function derLength(length: number): number[] {
  if (length < 0x80) return [length];
  const out: number[] = [];
  for (let n = length; n > 0; n >>= 8) out.unshift(n & 0xff);
  return [0x80 | out.length, ...out];
}

function concat(...parts: ArrayLike<number>[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** AlgorithmIdentifier rsaEncryption (1.2.840.113549.1.1.1) with NULL parameters. */
const RSA_ALGORITHM_ID = [
  0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00,
];

/** PKCS#1 RSAPrivateKey → PKCS#8 PrivateKeyInfo (version 0, rsaEncryption). */
function pkcs1PrivateToPkcs8(pkcs1: Uint8Array): Uint8Array<ArrayBuffer> {
  const octets = concat([0x04], derLength(pkcs1.length), pkcs1);
  const body = concat([0x02, 0x01, 0x00], RSA_ALGORITHM_ID, octets);
  return concat([0x30], derLength(body.length), body);
}

/** PKCS#1 RSAPublicKey → SubjectPublicKeyInfo (rsaEncryption). */
function pkcs1PublicToSpki(pkcs1: Uint8Array): Uint8Array<ArrayBuffer> {
  const bits = concat([0x03], derLength(pkcs1.length + 1), [0x00], pkcs1);
  const body = concat(RSA_ALGORITHM_ID, bits);
  return concat([0x30], derLength(body.length), body);
}

async function firstImport(
  attempts: ReadonlyArray<() => Promise<CryptoKey>>,
  message: string,
): Promise<CryptoKey> {
  for (const attempt of attempts) {
    try {
      return await attempt();
    } catch {
      // try the next encoding
    }
  }
  throw new TypeError(message);
}

/**
 * Imports a private key for RSASSA-PKCS1-v1_5 / SHA-256 signing with `crypto.subtle`: bare
 * base64 DER or PEM, PKCS#8 or PKCS#1 (converted to PKCS#8), or a Node KeyObject. Surrounding
 * quotes and literal `\n` escapes are accepted. Rejects with a `TypeError` that holds no key
 * material when the input is not a readable RSA private key.
 */
export function importPrivateKey(input: string | ExportableKey): Promise<WebCryptoKey> {
  const subtle = globalThis.crypto.subtle;
  const pkcs8 = (der: Uint8Array<ArrayBuffer>) => () =>
    subtle.importKey('pkcs8', der, ALGORITHM, false, ['sign']);
  if (isExportable(input)) {
    return firstImport(
      [pkcs8(new Uint8Array(input.export({ format: 'der', type: 'pkcs8' })))],
      'private key: KeyObject is not an RSA private key',
    );
  }
  if (typeof input !== 'string')
    return Promise.reject(new TypeError('private key: expected a string'));
  const { der, label } = derOf(input, 'private key');
  const attempts =
    label === 'RSA PRIVATE KEY'
      ? [pkcs8(pkcs1PrivateToPkcs8(der))]
      : label === 'PRIVATE KEY'
        ? [pkcs8(der)]
        : [pkcs8(der), pkcs8(pkcs1PrivateToPkcs8(der))];
  return firstImport(attempts, 'private key: unreadable (expected PKCS#8 or PKCS#1 RSA key)');
}

/**
 * Imports a public key (the OTGPAY platform key) for RSASSA-PKCS1-v1_5 / SHA-256 verification
 * with `crypto.subtle`: bare base64 DER or PEM, SPKI or PKCS#1 (converted to SPKI), or a Node
 * KeyObject. Rejects with a `TypeError` that holds no key material when unreadable.
 */
export function importPublicKey(input: string | ExportableKey): Promise<WebCryptoKey> {
  const subtle = globalThis.crypto.subtle;
  const spki = (der: Uint8Array<ArrayBuffer>) => () =>
    subtle.importKey('spki', der, ALGORITHM, false, ['verify']);
  if (isExportable(input)) {
    return firstImport(
      [spki(new Uint8Array(input.export({ format: 'der', type: 'spki' })))],
      'public key: KeyObject is not an RSA key',
    );
  }
  if (typeof input !== 'string')
    return Promise.reject(new TypeError('public key: expected a string'));
  const { der, label } = derOf(input, 'public key');
  const attempts =
    label === 'RSA PUBLIC KEY'
      ? [spki(pkcs1PublicToSpki(der))]
      : label === 'PUBLIC KEY'
        ? [spki(der)]
        : [spki(der), spki(pkcs1PublicToSpki(der))];
  return firstImport(attempts, 'public key: unreadable (expected SPKI or PKCS#1 RSA key)');
}

export const WEBCRYPTO_ALGORITHM = ALGORITHM;
