import { sign as cryptoSign, verify as cryptoVerify, type KeyObject } from 'node:crypto';
import { canonicalString } from './canonical.js';
import { asKeyObject, type KeyObjectLike } from './key-like.js';
import { modulusBytes, parsePrivateKey, parsePublicKey } from './keys.js';

export interface OtgpaySignerOptions {
  /** Key that signs outgoing data: base64 DER PKCS#8/PKCS#1, PEM, or a KeyObject. */
  privateKey: string | KeyObjectLike;
  /** Key that verifies incoming data: base64 DER SPKI, PEM, or a KeyObject. */
  verifyKey: string | KeyObjectLike;
  /** API ("secret") key appended as `&key=` to every canonical string. */
  apiKey: string;
  /** Append `&key=<apiKey>` to the canonical string (default true). */
  appendSecretKey?: boolean;
}

/** `util.inspect.custom`, by its registered name: no `node:util` import in the declarations. */
const INSPECT: unique symbol = Symbol.for('nodejs.util.inspect.custom');

const BASE64_RE = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * Signs and verifies OTGPAY parameter objects (protocol §2):
 * base64 RSASSA-PKCS1-v1_5 / SHA-256 over the UTF-8 canonical string.
 * Keys and the API key live in private fields and never appear in logs or JSON.
 */
export class OtgpaySigner {
  readonly #privateKey: KeyObject;
  readonly #verifyKey: KeyObject;
  readonly #apiKey: string;
  readonly #appendSecretKey: boolean;
  readonly #signatureBytes: number;

  constructor(options: OtgpaySignerOptions) {
    if (typeof options.apiKey !== 'string' || options.apiKey.length === 0) {
      throw new TypeError('OtgpaySigner: apiKey is required');
    }
    this.#privateKey = parsePrivateKey(asKeyObject(options.privateKey));
    this.#verifyKey = parsePublicKey(asKeyObject(options.verifyKey));
    this.#apiKey = options.apiKey;
    this.#appendSecretKey = options.appendSecretKey ?? true;
    this.#signatureBytes = modulusBytes(this.#verifyKey);
  }

  /** The exact string that is signed for `params`. */
  canonical(params: Record<string, unknown>): string {
    return canonicalString(params, this.#appendSecretKey ? { secretKey: this.#apiKey } : {});
  }

  /** Returns the base64 signature of `params` (any `sign` key is ignored). */
  sign(params: Record<string, unknown>): string {
    const data = Buffer.from(this.canonical(params), 'utf8');
    return cryptoSign('sha256', data, this.#privateKey).toString('base64');
  }

  /** Returns a copy of `params` with `sign` set. */
  signed<T extends Record<string, unknown>>(params: T): T & { sign: string } {
    return { ...params, sign: this.sign(params) };
  }

  /** Verifies `params.sign` over the other fields with the verify key. Never throws. */
  verify(params: Record<string, unknown>): boolean {
    if (params === null || typeof params !== 'object') return false;
    const signature = params['sign'];
    if (typeof signature !== 'string' || !BASE64_RE.test(signature)) return false;
    if (signature.length % 4 !== 0) return false;
    const bytes = Buffer.from(signature, 'base64');
    if (bytes.length !== this.#signatureBytes) return false;
    // Only the canonical spelling: base64 decoding ignores the unused low bits of the last
    // character, so 16 different strings would otherwise verify as the same signature.
    if (bytes.toString('base64') !== signature) return false;
    try {
      const data = Buffer.from(this.canonical(params), 'utf8');
      return cryptoVerify('sha256', data, this.#verifyKey, bytes);
    } catch {
      return false;
    }
  }

  toJSON(): Record<string, string> {
    return { type: 'OtgpaySigner', apiKey: '[redacted]', keys: '[redacted]' };
  }

  toString(): string {
    return 'OtgpaySigner { [redacted] }';
  }

  [INSPECT](): string {
    return this.toString();
  }
}
