import type { KeyObjectLike } from '@paymux/otgpay-signing';
import type { OtgpayFetch } from '../client/otgpay-client.js';
import type { CountryAdapter } from '../country-adapter.js';
import type { PayoutBatchProgress } from './payout-batch-progress.js';

/** Configuration of one OTGPAY provider instance (one country, one appId, one environment). */
export interface OtgpayProviderOptions {
  /** Provider instance id. Default `otgpay-<country in lower case>`, e.g. `otgpay-id`. */
  readonly id?: string;
  /** The country this instance serves, e.g. `indonesia()` from `@paymux/otgpay-id`. */
  readonly country: CountryAdapter;
  /** The merchant's integer appId; a string of digits (from an env file) is accepted. */
  readonly appId: number | string;
  /** The API ("secret") key, appended as `&key=` when signing. */
  readonly apiKey: string;
  /**
   * Merchant private key: PEM (literal `\n` escapes from an env file are accepted),
   * base64 DER PKCS#8/PKCS#1, or a KeyObject.
   */
  readonly merchantPrivateKey: string | KeyObjectLike;
  /** Platform public key: base64 DER SPKI, PEM, or a KeyObject. */
  readonly platformPublicKey: string | KeyObjectLike;
  /**
   * The base URL handed out with the credentials, per country and environment, with its
   * scheme and without `/api` (e.g. `https://<host>`; `http://127.0.0.1:PORT` for the sandbox).
   */
  readonly baseUrl: string;
  /** Per attempt, headers and body included. Default 15000. */
  readonly timeoutMs?: number;
  /**
   * Send every request through this `fetch` (it receives a `Request`) instead of the client's
   * own transport: for tests, proxies or a custom dispatcher.
   */
  readonly fetch?: OtgpayFetch;
  /** Append `&key=<apiKey>` to canonical strings (default true). */
  readonly appendSecretKey?: boolean;
  /** Default `paymux-otgpay/<version>`. */
  readonly userAgent?: string;
  /**
   * Default callback URL for charges, payouts and batches that do not name one. Every
   * create needs a callback URL (here or per call) so that no order finishes unnoticed;
   * `false` opts out explicitly (no callbacks: you poll `getCharge`/`getPayout`).
   */
  readonly notifyUrl?: string | false;
  /** Items per `/api/payout/batch` request, 1–500. Default 500. */
  readonly maxBatchSize?: number;
  /** Batch requests in flight at once. Default 2. */
  readonly batchConcurrency?: number;
  /** Called after each request of a payout batch has been resolved. */
  readonly onBatchProgress?: (progress: PayoutBatchProgress) => void;
}
