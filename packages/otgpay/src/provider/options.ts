import type { KeyObject } from 'node:crypto';
import type { OtgpayFetch } from '../client/otgpay-client.js';
import type { CountryAdapter } from '../country-adapter.js';
import type { PayoutBatchProgress } from './payout-batch-progress.js';

/** Configuration of one OTGPAY provider instance (one country, one appId, one environment). */
export interface OtgpayProviderOptions {
  /** Provider instance id. Default `otgpay-<country in lower case>`, e.g. `otgpay-id`. */
  readonly id?: string;
  /** The country this instance serves, e.g. `indonesia()` from `@paymux/otgpay-id`. */
  readonly country: CountryAdapter;
  readonly appId: number;
  /** The API ("secret") key, appended as `&key=` when signing. */
  readonly apiKey: string;
  /** Merchant private key: base64 DER PKCS#8/PKCS#1, PEM, or a KeyObject. */
  readonly merchantPrivateKey: string | KeyObject;
  /** Platform public key: base64 DER SPKI, PEM, or a KeyObject. */
  readonly platformPublicKey: string | KeyObject;
  /** The base URL handed out with the credentials, per country and environment. */
  readonly baseUrl: string;
  /** Per attempt, headers and body included. Default 15000. */
  readonly timeoutMs?: number;
  readonly fetch?: OtgpayFetch;
  /** Append `&key=<apiKey>` to canonical strings (default true). */
  readonly appendSecretKey?: boolean;
  /** Default `paymux-otgpay/<version>`. */
  readonly userAgent?: string;
  /** Default callback URL for charges and payouts that do not name one. */
  readonly notifyUrl?: string;
  /** Items per `/api/payout/batch` request, 1–500. Default 500. */
  readonly maxBatchSize?: number;
  /** Batch requests in flight at once. Default 2. */
  readonly batchConcurrency?: number;
  /** Called after each request of a payout batch has been resolved. */
  readonly onBatchProgress?: (progress: PayoutBatchProgress) => void;
}
