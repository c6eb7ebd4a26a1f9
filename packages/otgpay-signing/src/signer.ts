import type { KeyObject } from 'node:crypto';
import { canonicalString } from './canonical.js';
import { asKeyObject, type KeyObjectLike } from './key-like.js';
import { modulusBytes, parsePrivateKey, parsePublicKey } from './keys.js';
import { type NodeBuiltins, nodeBuiltins } from './node-builtins.js';
import { isCanonicalBase64 } from './signature-text.js';

/**
 * Keys and API key of one OTGPAY merchant account (protocol §1), shared by
 * {@link OtgpaySigner} and {@link WebCryptoSigner}. The merchant side signs with its own
 * private key and verifies with the platform public key; the platform (the sandbox) the
 * other way round.
 */
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

/**
 * Signs and verifies OTGPAY parameter objects (protocol §2):
 * base64 RSASSA-PKCS1-v1_5 / SHA-256 over the UTF-8 canonical string.
 * Keys and the API key live in private fields and never appear in logs or JSON.
 *
 * Synchronous, on `node:crypto`; for runtimes without it (Cloudflare Workers, Deno, browsers)
 * use {@link WebCryptoSigner}, which produces the same signatures.
 *
 * @example
 * ```ts
 * import { OtgpaySigner } from '@paymux/otgpay-signing';
 *
 * const signer = new OtgpaySigner({
 *   privateKey: process.env.OTGPAY_MERCHANT_PRIVATE_KEY ?? '', // base64 DER PKCS#8 or PEM
 *   verifyKey: process.env.OTGPAY_PLATFORM_PUBLIC_KEY ?? '', // base64 DER SPKI or PEM
 *   apiKey: process.env.OTGPAY_API_KEY ?? '',
 * });
 *
 * // A request body: every field signed, `sign` added.
 * const body = signer.signed({ appId: 1001, orderId: 'order-1', amount: '150000', payType: 'QR' });
 *
 * // A callback body: verify before trusting any field.
 * const callback = JSON.parse(rawBody) as Record<string, unknown>; // rawBody: the POSTed text
 * if (!signer.verify(callback)) throw new Error('bad OTGPAY signature');
 * ```
 */
export class OtgpaySigner {
  readonly #node: NodeBuiltins;
  readonly #privateKey: KeyObject;
  readonly #verifyKey: KeyObject;
  readonly #apiKey: string;
  readonly #appendSecretKey: boolean;
  readonly #signatureBytes: number;

  /**
   * Parses both keys once (a {@link KeyFormatError} names the unusable one).
   *
   * @throws TypeError when `apiKey` is missing or empty, or the runtime has no `node:crypto`
   */
  constructor(options: OtgpaySignerOptions) {
    if (typeof options.apiKey !== 'string' || options.apiKey.length === 0) {
      throw new TypeError('OtgpaySigner: apiKey is required');
    }
    const node = nodeBuiltins();
    if (!node) {
      throw new TypeError(
        'OtgpaySigner needs node:crypto (process.getBuiltinModule), which this runtime does not have; use WebCryptoSigner',
      );
    }
    this.#node = node;
    this.#privateKey = parsePrivateKey(asKeyObject(options.privateKey));
    this.#verifyKey = parsePublicKey(asKeyObject(options.verifyKey));
    this.#apiKey = options.apiKey;
    this.#appendSecretKey = options.appendSecretKey ?? true;
    this.#signatureBytes = modulusBytes(this.#verifyKey);
  }

  /**
   * The exact string that is signed for `params` (protocol §2): `sign` and empty top-level
   * values dropped, keys in byte order, `&key=<apiKey>` appended unless `appendSecretKey` is
   * false. Contains the API key: never log it.
   */
  canonical(params: Record<string, unknown>): string {
    return canonicalString(params, this.#appendSecretKey ? { secretKey: this.#apiKey } : {});
  }

  /** Returns the base64 signature of `params` (any `sign` key is ignored). */
  sign(params: Record<string, unknown>): string {
    const { crypto, Buffer } = this.#node;
    const data = Buffer.from(this.canonical(params), 'utf8');
    return crypto.sign('sha256', data, this.#privateKey).toString('base64');
  }

  /**
   * Returns a copy of `params` with `sign` set: the body to send. `params` is not changed.
   *
   * @typeParam T - the request body type; the result keeps its fields
   */
  signed<T extends Record<string, unknown>>(
    params: T,
  ): T & {
    /** Base64 RSASSA-PKCS1-v1_5/SHA-256 signature over the canonical string of `params`. */
    sign: string;
  } {
    return { ...params, sign: this.sign(params) };
  }

  /**
   * Verifies `params.sign` over the other fields with the verify key. Never throws: false for
   * a missing, non-canonical base64 or wrong-length `sign`, a signature that does not verify,
   * or params that cannot be canonicalized (a float, for one).
   */
  verify(params: Record<string, unknown>): boolean {
    if (params === null || typeof params !== 'object') return false;
    const signature = params['sign'];
    // Only the canonical spelling of a signature of the key's length: base64 decoding ignores
    // the unused low bits of the last character, so 16 strings would otherwise verify as one.
    if (typeof signature !== 'string' || !isCanonicalBase64(signature, this.#signatureBytes)) {
      return false;
    }
    const { crypto, Buffer } = this.#node;
    const bytes = Buffer.from(signature, 'base64');
    try {
      const data = Buffer.from(this.canonical(params), 'utf8');
      return crypto.verify('sha256', data, this.#verifyKey, bytes);
    } catch {
      return false;
    }
  }

  /** A redacted description for `JSON.stringify`: no key material, no API key. */
  toJSON(): Record<string, string> {
    return { type: 'OtgpaySigner', apiKey: '[redacted]', keys: '[redacted]' };
  }

  /** A redacted description: no key material, no API key. */
  toString(): string {
    return 'OtgpaySigner { [redacted] }';
  }

  /** What `util.inspect` and `console.log` show: the redacted {@link OtgpaySigner.toString}. */
  [INSPECT](): string {
    return this.toString();
  }
}
