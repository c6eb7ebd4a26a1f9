import type { KeyObject, webcrypto } from 'node:crypto';
import { canonicalString } from './canonical.js';
import type { KeyObjectLike } from './key-like.js';
import { modulusBytes, parsePublicKey } from './keys.js';
import { isNode, type NodeBuiltins, nodeBuiltins } from './node-builtins.js';
import { isCanonicalBase64 } from './signature-text.js';
import {
  base64ToBytes,
  importPublicKey,
  WEBCRYPTO_ALGORITHM,
  type WebCryptoKey,
} from './webcrypto-keys.js';

/** How {@link OtgpayVerifier} checks signatures: the platform key and the API key. */
export interface OtgpayVerifierOptions {
  /** Key that verifies incoming data (the platform public key): base64 DER SPKI, PEM, or a KeyObject. */
  verifyKey: string | KeyObjectLike;
  /** API ("secret") key appended as `&key=` to every canonical string. */
  apiKey: string;
  /** Append `&key=<apiKey>` to the canonical string (default true). */
  appendSecretKey?: boolean;
}

type CryptoKey = webcrypto.CryptoKey;

interface NodeBackend {
  readonly node: NodeBuiltins;
  readonly key: KeyObject;
  readonly signatureBytes: number;
}

interface WebBackend {
  readonly key: CryptoKey;
  readonly signatureBytes: number;
}

const encoder = new TextEncoder();

/** `util.inspect.custom`, by its registered name: no `node:util` import. */
const INSPECT: unique symbol = Symbol.for('nodejs.util.inspect.custom');

/**
 * Verifies OTGPAY signatures (callbacks, answers) with the platform public key, as cheaply
 * as the runtime allows: on Node (≥ 20.16, `node:crypto` reached through
 * `process.getBuiltinModule`, never a static import) a synchronous `crypto.verify` on a
 * KeyObject parsed once — an RSA-2048 verify is ~20 µs, less than WebCrypto's hop to the
 * thread pool; elsewhere (Deno, Bun, workerd, browsers) `crypto.subtle.verify` with the key
 * imported once. Only the canonical base64 spelling of a signature of the key's exact length verifies.
 *
 * @example
 * ```ts
 * import { OtgpayVerifier } from '@paymux/otgpay-signing';
 *
 * const verifier = new OtgpayVerifier({
 *   verifyKey: process.env.OTGPAY_PLATFORM_PUBLIC_KEY!,
 *   apiKey: process.env.OTGPAY_API_KEY!,
 * });
 * const body = JSON.parse(rawBody);
 * if (!(await verifier.verify(body))) throw new Error('not from OTGPAY');
 * ```
 */
export class OtgpayVerifier {
  /** Which implementation verifies: `node:crypto` (synchronous, on Node) or `webcrypto`. */
  readonly backend: 'node:crypto' | 'webcrypto';
  readonly #secretKey: { secretKey?: string };
  readonly #node: NodeBackend | undefined;
  readonly #verifyKey: string | KeyObjectLike;
  #web: Promise<WebBackend> | undefined;

  /** Parses the key now on Node (a bad key throws `KeyFormatError`); elsewhere on first use. */
  constructor(options: OtgpayVerifierOptions) {
    if (typeof options.apiKey !== 'string' || options.apiKey.length === 0) {
      throw new TypeError('OtgpayVerifier: apiKey is required');
    }
    this.#secretKey = (options.appendSecretKey ?? true) ? { secretKey: options.apiKey } : {};
    this.#verifyKey = options.verifyKey;
    const node = isNode() ? nodeBuiltins() : undefined;
    if (node) {
      const key = parsePublicKey(options.verifyKey as string | KeyObject);
      this.#node = { node, key, signatureBytes: modulusBytes(key) };
      this.backend = 'node:crypto';
    } else {
      this.backend = 'webcrypto';
    }
  }

  #loadWeb(): Promise<WebBackend> {
    this.#web ??= importPublicKey(this.#verifyKey as Parameters<typeof importPublicKey>[0]).then(
      (imported: WebCryptoKey) => {
        const key = imported as CryptoKey;
        const bits = (key.algorithm as webcrypto.RsaHashedKeyAlgorithm).modulusLength;
        return { key, signatureBytes: Math.ceil(bits / 8) };
      },
    );
    return this.#web;
  }

  /** The exact string that is signed for `params`. */
  canonical(params: Record<string, unknown>): string {
    return canonicalString(params, this.#secretKey);
  }

  /**
   * Verifies `params.sign` over the other fields. Never rejects: anything that is not a
   * valid signature (missing, not canonical base64, wrong length, wrong key) is `false`.
   */
  verify(params: Record<string, unknown>): Promise<boolean> {
    const node = this.#node;
    if (node) return Promise.resolve(this.#verifyNode(node, params));
    return this.#verifyWeb(params);
  }

  #verifyNode(backend: NodeBackend, params: Record<string, unknown>): boolean {
    if (params === null || typeof params !== 'object') return false;
    const signature = params['sign'];
    if (typeof signature !== 'string' || !isCanonicalBase64(signature, backend.signatureBytes)) {
      return false;
    }
    try {
      const { crypto, Buffer } = backend.node;
      const data = Buffer.from(this.canonical(params), 'utf8');
      return crypto.verify('sha256', data, backend.key, Buffer.from(signature, 'base64'));
    } catch {
      return false;
    }
  }

  async #verifyWeb(params: Record<string, unknown>): Promise<boolean> {
    if (params === null || typeof params !== 'object') return false;
    const signature = params['sign'];
    if (typeof signature !== 'string') return false;
    try {
      const { key, signatureBytes } = await this.#loadWeb();
      if (!isCanonicalBase64(signature, signatureBytes)) return false;
      const data = encoder.encode(this.canonical(params));
      return await globalThis.crypto.subtle.verify(
        WEBCRYPTO_ALGORITHM,
        key,
        base64ToBytes(signature),
        data,
      );
    } catch {
      return false;
    }
  }

  /** A redacted description for `JSON.stringify`: no key material, no API key. */
  toJSON(): Record<string, string> {
    return {
      type: 'OtgpayVerifier',
      backend: this.backend,
      apiKey: '[redacted]',
      keys: '[redacted]',
    };
  }

  /** A redacted description: no key material, no API key. */
  toString(): string {
    return 'OtgpayVerifier { [redacted] }';
  }

  /** What `util.inspect` and `console.log` show: the redacted {@link OtgpayVerifier.toString}. */
  [INSPECT](): string {
    return this.toString();
  }
}
