import type { PaymentMethodType } from '@paymux/core';

/** The fees the {@link TestingProvider} charges and books in its ledger. */
export interface TestingFees {
  /** Fee on a successful charge, basis points of the amount, rounded down (default 250). */
  readonly chargeBps?: number;
  /** Fee on a payout, basis points of the amount, rounded down (default 100). */
  readonly payoutBps?: number;
}

/** How a {@link TestingProvider} behaves; every field is optional. */
export interface TestingProviderOptions {
  /** Provider instance id (default `testing`). */
  readonly id?: string;
  /** ISO 3166-1 alpha-2 codes served (default `ID`, `TH`, `PK`). */
  readonly countries?: readonly string[];
  /** ISO 4217 codes served (default `IDR`, `THB`, `PKR`). */
  readonly currencies?: readonly string[];
  /** Method types served (default: all). */
  readonly methods?: readonly PaymentMethodType[];
  /** Time source for every timestamp, settlement day and webhook signature (default: real time). */
  readonly clock?: () => Date;
  /** Secret of the webhook HMAC (default `whsec_testing`). */
  readonly webhookSecret?: string;
  /** Seconds a webhook signature stays valid around `clock()` (default 300). */
  readonly signatureToleranceSeconds?: number;
  /** Charges and payouts succeed as soon as they are created; their webhooks are queued. */
  readonly autoSucceed?: boolean;
  /** Charge and payout fee rates (default 250 and 100 basis points). */
  readonly fees?: TestingFees;
  /**
   * Apply the magic values of `magic-values.ts` (default true). Turn off for a second
   * provider that must accept any amount, e.g. the backup in a failover test.
   */
  readonly magicValues?: boolean;
}

/** The webhook HMAC secret a `TestingProvider` uses unless `webhookSecret` is given. Not a real secret. */
export const DEFAULT_TESTING_WEBHOOK_SECRET = 'whsec_testing';
/** Default charge fee of a `TestingProvider`: 250 basis points (2.5 %), rounded down. */
export const DEFAULT_CHARGE_FEE_BPS = 250;
/** Default payout fee of a `TestingProvider`: 100 basis points (1 %), rounded down. */
export const DEFAULT_PAYOUT_FEE_BPS = 100;
