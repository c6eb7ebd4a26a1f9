import type { KeyObject } from 'node:crypto';
import * as keys from './keys.js';

// The public key API, typed structurally so that the shipped declarations need no
// `@types/node`: a Node `KeyObject` satisfies these interfaces, and the implementations in
// `keys.ts` still check `instanceof KeyObject` at run time.

/** A key from `node:crypto` (`createPrivateKey`, `generateKeyPairSync`, …), described structurally. */
export interface KeyObjectLike {
  /** `private` or `public` for the RSA keys OTGPAY uses. */
  readonly type: 'secret' | 'public' | 'private';
}

/** Exported key bytes: a Node `Buffer` at run time. */
export type KeyBytes = Uint8Array & {
  /** The bytes as base64 (the form OTGPAY dashboards and `.env` files hold DER keys in) or hex. */
  toString(encoding: 'base64' | 'hex'): string;
};

/** A parsed RSA key (a Node `KeyObject` at run time). */
export interface ParsedKey extends KeyObjectLike {
  /** The key's details; `modulusLength` is the RSA modulus size in bits. */
  readonly asymmetricKeyDetails?:
    | {
        /** RSA modulus size in bits: 2048 for OTGPAY keys; signatures are `modulusLength / 8` bytes. */
        readonly modulusLength?: number | undefined;
      }
    | undefined;
  /** Exports the key as PEM text (`pkcs8`/`pkcs1` private, `spki`/`pkcs1` public). */
  export(options: { format: 'pem'; type: 'pkcs8' | 'pkcs1' | 'spki' }): string | KeyBytes;
  /** Exports the key as DER bytes (a Node `Buffer`: `.toString('base64')` for text). */
  export(options: { format: 'der'; type: 'pkcs8' | 'pkcs1' | 'spki' }): KeyBytes;
}

/**
 * Parses a merchant/platform private key: base64 DER PKCS#8 or PKCS#1, PEM, or a KeyObject.
 * The text may carry surrounding quotes, spaces, CRLF or literal `\n` escapes (as `.env`
 * files hold a PEM). Anything else — a public key, a certificate, an empty string — throws a
 * {@link KeyFormatError} whose `found` says what was given; the message never holds key material.
 *
 * @example
 * ```ts
 * import { parsePrivateKey } from '@paymux/otgpay-signing';
 *
 * const key = parsePrivateKey(process.env.OTGPAY_MERCHANT_PRIVATE_KEY ?? '');
 * key.asymmetricKeyDetails?.modulusLength; // 2048
 * ```
 */
export const parsePrivateKey = keys.parsePrivateKey as unknown as (
  input: string | KeyObjectLike,
) => ParsedKey;

/**
 * Parses a public key (the OTGPAY platform key, or a merchant's own public half): base64 DER
 * SPKI (or PKCS#1), PEM `PUBLIC KEY` / `RSA PUBLIC KEY`, or a KeyObject (a private KeyObject
 * yields its public half). A private key *string* is refused with a {@link KeyFormatError}
 * (`found: 'private'`): it is almost always the wrong key in the wrong option.
 */
export const parsePublicKey = keys.parsePublicKey as unknown as (
  input: string | KeyObjectLike,
) => ParsedKey;

/** Size in bytes of an RSA key's modulus (the exact length of every signature). */
export const modulusBytes = keys.modulusBytes as unknown as (key: ParsedKey) => number;

/** The run-time `KeyObject` behind a structurally typed key (checked by the parsers). */
export function asKeyObject(key: string | KeyObjectLike): string | KeyObject {
  return key as string | KeyObject;
}
