import { ValidationError } from '../errors/error-classes.js';
import type { MerchantRecord } from '../reconciliation/merchant-record.js';
import type { FeeRates } from '../reconciliation/rules.js';
import type { WebhookEvent } from '../resources/webhook-event.js';
import type { WebhookHandlerContext } from './webhooks.js';

/** What `paymux.reconcile` compares: one provider, one currency, one business day. */
export interface ReconcileOptions {
  /** Id of the registered provider to reconcile, e.g. `otgpay-id`. */
  readonly provider: string;
  /** The business day, `yyyy-MM-dd` in `timeZone`. */
  readonly day: string;
  /** IANA zone of the day. Default: the provider's (`reconciliationProfile`). */
  readonly timeZone?: string;
  /** Default: the provider's only currency. */
  readonly currency?: string;
  /**
   * The merchant's own orders, when their database is the truth. Default: everything the
   * paymux `Store` knows about this provider's charges, refunds and payouts.
   */
  readonly merchantRecords?: AsyncIterable<MerchantRecord> | Iterable<MerchantRecord>;
  /** Largest amount or fee difference, in minor units, reported as `matched_within_tolerance`. Default 0. */
  readonly tolerance?: bigint | number;
  /** Records this far outside the day are still matched (`cut_off_timing`). Default 2 h, at most 24 h. */
  readonly lookAroundMs?: number;
  /** How far apart a reference-less pair may be to be a `probable_match`. Default 15 min; 0 turns it off. */
  readonly probableWindowMs?: number;
  /** Days after a business day by whose end it is settled. Default: the provider's (OTGPAY 1). */
  readonly settlementLagDays?: number;
  /** The agreed fee rates. Default: the provider's, if it knows them. */
  readonly fees?: FeeRates;
  /**
   * Janitor: bring orders the merchant still has in a non-final status, and the provider
   * reports final, to that status through the webhook path (`handler` runs once per order,
   * deduplicated with the real webhook). Nothing else is ever changed. Default false.
   */
  readonly repair?: boolean;
  /** Your webhook handler, run for each repaired order. Default: none (the event is recorded). */
  readonly handler?: (
    event: WebhookEvent,
    context: WebhookHandlerContext,
  ) => unknown | Promise<unknown>;
  /** Per-order queries in flight at once. Default 4. */
  readonly queryConcurrency?: number;
  /** Aborts the provider reads (listings and per-order queries); the call then rejects. */
  readonly signal?: AbortSignal;
}

export interface CheckedReconcileOptions {
  readonly tolerance: bigint;
  readonly lookAroundMs: number;
  readonly probableWindowMs: number;
  readonly queryConcurrency: number;
}

const HOUR = 3_600_000;

function invalid(field: string, message: string, rule: string): never {
  throw new ValidationError(`${field} ${message}`, { field, rule });
}

function integerIn(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    invalid(field, `must be an integer from ${min} to ${max}`, 'range');
  }
  return value;
}

function bps(value: unknown, field: string): void {
  if (value !== undefined) integerIn(value, field, 0, 10_000);
}

/** Checks every option before anything is read; a `ValidationError` names the field. */
export function checkReconcileOptions(options: ReconcileOptions): CheckedReconcileOptions {
  if (options === null || typeof options !== 'object') invalid('options', 'are required', 'type');
  if (typeof options.provider !== 'string' || options.provider === '') {
    invalid('provider', 'is required', 'required');
  }
  if (options.currency !== undefined && !/^[A-Z]{3}$/.test(String(options.currency))) {
    invalid('currency', 'must be an ISO 4217 code', 'pattern');
  }
  let tolerance = 0n;
  if (options.tolerance !== undefined) {
    const raw = options.tolerance;
    if (typeof raw === 'bigint') tolerance = raw;
    else if (typeof raw === 'number' && Number.isSafeInteger(raw)) tolerance = BigInt(raw);
    else invalid('tolerance', 'must be a bigint (or safe integer) of minor units', 'type');
    if (tolerance < 0n) invalid('tolerance', 'must not be negative', 'range');
  }
  if (options.settlementLagDays !== undefined) {
    integerIn(options.settlementLagDays, 'settlementLagDays', 0, 31);
  }
  bps(options.fees?.chargeBps, 'fees.chargeBps');
  bps(options.fees?.payoutBps, 'fees.payoutBps');
  const unit = options.fees?.unit;
  if (unit !== undefined && (typeof unit !== 'bigint' || unit < 1n)) {
    invalid('fees.unit', 'must be a bigint of at least 1 (minor units)', 'range');
  }
  if (options.repair !== undefined && typeof options.repair !== 'boolean') {
    invalid('repair', 'must be a boolean', 'type');
  }
  if (options.handler !== undefined && typeof options.handler !== 'function') {
    invalid('handler', 'must be a function', 'type');
  }
  const records = options.merchantRecords as unknown;
  if (
    records !== undefined &&
    !(
      records !== null &&
      typeof records === 'object' &&
      (Symbol.asyncIterator in records || Symbol.iterator in records)
    )
  ) {
    invalid('merchantRecords', 'must be an iterable or async iterable', 'type');
  }
  return {
    tolerance,
    lookAroundMs:
      options.lookAroundMs === undefined
        ? 2 * HOUR
        : integerIn(options.lookAroundMs, 'lookAroundMs', 0, 24 * HOUR),
    probableWindowMs:
      options.probableWindowMs === undefined
        ? 15 * 60_000
        : integerIn(options.probableWindowMs, 'probableWindowMs', 0, 24 * HOUR),
    queryConcurrency:
      options.queryConcurrency === undefined
        ? 4
        : integerIn(options.queryConcurrency, 'queryConcurrency', 1, 64),
  };
}
