import type { webcrypto } from 'node:crypto';
import { canonicalString } from './canonical.js';
import { isCanonicalBase64 } from './signature-text.js';
import type { OtgpaySignerOptions } from './signer.js';
import {
  base64ToBytes,
  bytesToBase64,
  importPrivateKey,
  importPublicKey,
  WEBCRYPTO_ALGORITHM,
} from './webcrypto-keys.js';

type CryptoKey = webcrypto.CryptoKey;

const encoder = new TextEncoder();

interface Keys {
  readonly privateKey: CryptoKey;
  readonly verifyKey: CryptoKey;
  readonly signatureBytes: number;
}

/**
 * The OTGPAY signer on WebCrypto (`globalThis.crypto.subtle`, RSASSA-PKCS1-v1_5 / SHA-256):
 * the same canonical string and signatures as `OtgpaySigner` (PKCS#1 v1.5 is deterministic),
 * for runtimes without `node:crypto` — Cloudflare workerd, Deno, Bun, browsers — and on Node.
 * Keys are imported once, on first use; `sign` and `verify` are asynchronous (WebCrypto is).
 * Keys and the API key live in private fields and never appear in logs or JSON.
 *
 * A key the runtime cannot import rejects the first `sign`/`ready` call with a `TypeError`
 * (`verify` resolves false instead): call {@link WebCryptoSigner.ready} at start-up to fail fast.
 *
 * @example
 * ```ts
 * import { WebCryptoSigner } from '@paymux/otgpay-signing';
 *
 * const signer = new WebCryptoSigner({
 *   privateKey: env.OTGPAY_MERCHANT_PRIVATE_KEY, // base64 DER PKCS#8/PKCS#1 or PEM
 *   verifyKey: env.OTGPAY_PLATFORM_PUBLIC_KEY, // base64 DER SPKI or PEM
 *   apiKey: env.OTGPAY_API_KEY,
 * });
 * await signer.ready(); // imports both keys now instead of on the first call
 *
 * // In a fetch handler: `request` is the incoming callback POST.
 * const ok = await signer.verify(JSON.parse(await request.text()));
 * ```
 */
export class WebCryptoSigner {
  readonly #apiKey: string;
  readonly #appendSecretKey: boolean;
  readonly #options: OtgpaySignerOptions;
  #keys: Promise<Keys> | undefined;

  /**
   * Keeps the options; the keys are imported on first use (WebCrypto import is asynchronous).
   *
   * @throws TypeError when `apiKey` is missing or empty
   */
  constructor(options: OtgpaySignerOptions) {
    if (typeof options.apiKey !== 'string' || options.apiKey.length === 0) {
      throw new TypeError('WebCryptoSigner: apiKey is required');
    }
    this.#apiKey = options.apiKey;
    this.#appendSecretKey = options.appendSecretKey ?? true;
    this.#options = options;
  }

  /** Imports both keys (once); rejects with a `TypeError` naming the unreadable key. */
  ready(): Promise<void> {
    return this.#load().then(() => undefined);
  }

  #load(): Promise<Keys> {
    this.#keys ??= (async () => {
      // The importers return WebCrypto keys typed structurally (WebCryptoKey) for the public API.
      const [privateKey, verifyKey] = (await Promise.all([
        importPrivateKey(this.#options.privateKey as Parameters<typeof importPrivateKey>[0]),
        importPublicKey(this.#options.verifyKey as Parameters<typeof importPublicKey>[0]),
      ])) as [CryptoKey, CryptoKey];
      const bits = (verifyKey.algorithm as webcrypto.RsaHashedKeyAlgorithm).modulusLength;
      return { privateKey, verifyKey, signatureBytes: Math.ceil(bits / 8) };
    })();
    return this.#keys;
  }

  /**
   * The exact string that is signed for `params` (protocol §2), identical to
   * {@link OtgpaySigner.canonical}. Contains the API key: never log it.
   */
  canonical(params: Record<string, unknown>): string {
    return canonicalString(params, this.#appendSecretKey ? { secretKey: this.#apiKey } : {});
  }

  /** The base64 signature of `params` (any `sign` key is ignored). */
  async sign(params: Record<string, unknown>): Promise<string> {
    const data = encoder.encode(this.canonical(params)) as Uint8Array<ArrayBuffer>;
    const { privateKey } = await this.#load();
    const signature = await globalThis.crypto.subtle.sign(WEBCRYPTO_ALGORITHM, privateKey, data);
    return bytesToBase64(new Uint8Array(signature));
  }

  /**
   * A copy of `params` with `sign` set: the body to send. `params` is not changed.
   *
   * @typeParam T - the request body type; the result keeps its fields
   */
  async signed<T extends Record<string, unknown>>(
    params: T,
  ): Promise<
    T & {
      /** Base64 RSASSA-PKCS1-v1_5/SHA-256 signature over the canonical string of `params`. */
      sign: string;
    }
  > {
    return { ...params, sign: await this.sign(params) };
  }

  /** Verifies `params.sign` over the other fields with the verify key. Never rejects. */
  async verify(params: Record<string, unknown>): Promise<boolean> {
    if (params === null || typeof params !== 'object') return false;
    const signature = params['sign'];
    if (typeof signature !== 'string') return false;
    try {
      const { verifyKey, signatureBytes } = await this.#load();
      // Only the canonical spelling (as OtgpaySigner): base64 decoding ignores the unused low
      // bits of the last character, so 16 strings would otherwise verify as one signature.
      if (!isCanonicalBase64(signature, signatureBytes)) return false;
      const bytes = base64ToBytes(signature);
      const data = encoder.encode(this.canonical(params)) as Uint8Array<ArrayBuffer>;
      return await globalThis.crypto.subtle.verify(WEBCRYPTO_ALGORITHM, verifyKey, bytes, data);
    } catch {
      return false;
    }
  }

  /** A redacted description for `JSON.stringify`: no key material, no API key. */
  toJSON(): Record<string, string> {
    return { type: 'WebCryptoSigner', apiKey: '[redacted]', keys: '[redacted]' };
  }

  /** A redacted description: no key material, no API key. */
  toString(): string {
    return 'WebCryptoSigner { [redacted] }';
  }
}
