/**
 * RSA keys for WebCrypto (`crypto.subtle`) from the forms OTGPAY keys travel in (protocol §1):
 * bare base64 DER or PEM, private PKCS#8 or PKCS#1, public SPKI or PKCS#1 — and from Node
 * KeyObjects, read through their `export` method. No Node built-in is imported: this runs on
 * Node, Deno, Bun and Cloudflare workerd alike. Error messages never contain key material.
 */

import { KeyFormatError, unescapeKeyText } from './key-format-error.js';
import { describeKey, isKeyObjectLike, keyError } from './key-read.js';

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

const ALGORITHM = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

/** Anything with Node's `KeyObject#export({ format: 'der', type })`. */
interface ExportableKey {
  readonly type?: string;
  export(options: { format: 'der'; type: string }): Uint8Array;
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

/** The DER WebCrypto imports (PKCS#8 / SPKI), or the `KeyFormatError` saying what it is instead. */
function importable(
  input: unknown,
  expected: 'private' | 'public',
  unreadable: string,
): Uint8Array<ArrayBuffer> {
  const described = describeKey(input);
  if (described.kind === expected && described.rsa) {
    return new Uint8Array(described.rsa.der) as Uint8Array<ArrayBuffer>;
  }
  if (described.kind === 'unreadable' && (typeof input === 'string' || isKeyObjectLike(input))) {
    if (typeof input !== 'string' || unescapeKeyText(input) !== '') {
      throw new KeyFormatError(unreadable, expected, 'unreadable');
    }
  }
  throw keyError(`${expected} key`, expected, input, described);
}

/**
 * Imports a private key for RSASSA-PKCS1-v1_5 / SHA-256 signing with `crypto.subtle`: bare
 * base64 DER or PEM, PKCS#8 or PKCS#1 (converted to PKCS#8), or a Node KeyObject. Surrounding
 * quotes and literal `\n` escapes are accepted. Rejects with a `TypeError` that holds no key
 * material when the input is not a readable RSA private key.
 */
export function importPrivateKey(input: string | ExportableKey): Promise<WebCryptoKey> {
  try {
    const der = importable(
      input,
      'private',
      'private key: unreadable (expected PKCS#8 or PKCS#1 RSA key)',
    );
    return globalThis.crypto.subtle.importKey('pkcs8', der, ALGORITHM, false, ['sign']);
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * Imports a public key (the OTGPAY platform key) for RSASSA-PKCS1-v1_5 / SHA-256 verification
 * with `crypto.subtle`: bare base64 DER or PEM, SPKI or PKCS#1 (converted to SPKI), or a Node
 * KeyObject. Rejects with a `TypeError` that holds no key material when unreadable.
 */
export function importPublicKey(input: string | ExportableKey): Promise<WebCryptoKey> {
  try {
    const der = importable(
      input,
      'public',
      'public key: unreadable (expected SPKI or PKCS#1 RSA key)',
    );
    return globalThis.crypto.subtle.importKey('spki', der, ALGORITHM, false, ['verify']);
  } catch (error) {
    return Promise.reject(error);
  }
}

export const WEBCRYPTO_ALGORITHM = ALGORITHM;
