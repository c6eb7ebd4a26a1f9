import type { PaymentProvider } from '../contract/provider.js';
import type { PaymuxEventMap } from '../events/event-map.js';
import type { ReconciliationReport } from '../reconciliation/report.js';
import type { Settlement } from '../resources/settlement.js';
import type { StatementEntry } from '../resources/statement-entry.js';
import { type BalanceApi, balanceApi } from './balance.js';
import { type ChargesApi, chargesApi } from './charges.js';
import { type ListApi, settlementsApi, statementApi } from './listings.js';
import type { PaymuxOptions } from './options.js';
import { type PayoutsApi, payoutsApi } from './payouts.js';
import { reconcile } from './reconcile.js';
import type { ReconcileOptions } from './reconcile-options.js';
import { type RefundsApi, refundsApi } from './refunds.js';
import { createRuntime } from './runtime.js';
import { type WebhooksApi, webhooksApi } from './webhooks.js';

type Listener<E extends keyof PaymuxEventMap> = (...args: PaymuxEventMap[E]) => void;

/** The provider-neutral client returned by {@link createPaymux}. */
export interface Paymux {
  /** Take money from payers: create (idempotent per reference) and retrieve charges. */
  readonly charges: ChargesApi;
  /** Give money back from paid charges, at the provider that holds the charge. */
  readonly refunds: RefundsApi;
  /** Send money to bank accounts and e-wallets, one by one, in a batch or streamed. */
  readonly payouts: PayoutsApi;
  /** The merchant account's balance at one provider. */
  readonly balance: BalanceApi;
  /** The provider's settlements (money paid to the merchant) in a date range. */
  readonly settlements: ListApi<Settlement>;
  /** The provider's statement (every balance movement) in a date range. */
  readonly statement: ListApi<StatementEntry>;
  /** Verify, deduplicate and handle provider webhooks. */
  readonly webhooks: WebhooksApi;
  /**
   * A report of every difference between the merchant's books and `provider`'s for one
   * business day (see `docs/reconciliation.md`). Read-only unless `repair: true`.
   *
   * Every option is checked first (`ValidationError` naming it). `timeZone` is required when
   * the provider has no `reconciliationProfile`, `currency` when it holds several.
   *
   * @example
   * ```ts
   * import { writeFile } from 'node:fs/promises';
   * import { reportToCsv } from '@paymux/core';
   *
   * const report = await paymux.reconcile({ provider: 'otgpay-id', day: '2026-11-26' });
   * for (const item of report.items) {
   *   if (item.category !== 'matched') console.log(item.category, item.reference, item.detail);
   * }
   * await writeFile('recon-2026-11-26.csv', reportToCsv(report));
   * ```
   */
  reconcile(options: ReconcileOptions): Promise<ReconciliationReport>;
  /** The registered providers, in registration order. */
  readonly providers: readonly PaymentProvider[];
  /**
   * Listens to `event` (see {@link PaymuxEventMap}); returns the client for chaining. A
   * listener that throws is ignored and never changes an operation's outcome.
   *
   * @example
   * ```ts
   * paymux
   *   .on('retry', ({ provider, operation, attempt, delayMs, code }) =>
   *     console.warn(`${provider} ${operation} attempt ${attempt} failed (${code}), next in ${delayMs} ms`))
   *   .on('charge.created', (charge) => console.log('charge', charge.reference, charge.status));
   * ```
   */
  on<E extends keyof PaymuxEventMap>(event: E, listener: Listener<E>): Paymux;
  /** Like {@link Paymux.on}, for the next `event` only. */
  once<E extends keyof PaymuxEventMap>(event: E, listener: Listener<E>): Paymux;
  /** Removes `listener` from `event`, or every listener of `event` when none is given. */
  off<E extends keyof PaymuxEventMap>(event: E, listener?: Listener<E>): Paymux;
}

/**
 * A `Paymux` client over `providers`. Every operation: validate → route → idempotency
 * record → retries with unknown-outcome reconcile → failover when nothing took effect →
 * events. No dependency injection needed; see `createPaymuxFromContainer` in `@paymux/core/inversify`.
 *
 * Throws `TypeError` when two providers share an id or a routing rule names an unknown
 * provider, and `RangeError` for impossible `retry` options. Without `store`, idempotency
 * records and webhook dedupe live in process memory only: pass a durable `Store` (SQLite,
 * PostgreSQL) in production so they survive a restart and are shared between instances.
 *
 * @example
 * ```ts
 * import { createPaymux, money } from '@paymux/core';
 * import { TestingProvider } from '@paymux/core/testing';
 *
 * // In production: providers: [otgpay({ country: indonesia(), ... })], store: a durable Store.
 * const paymux = createPaymux({ providers: [new TestingProvider()] });
 *
 * const charge = await paymux.charges.create({
 *   reference: 'order-1001',
 *   money: money.idr('150000'), // Rp 150.000 = 15_000_000n minor units
 *   country: 'ID',
 *   method: { type: 'qr' },
 *   customer: { name: 'Budi Santoso', email: 'budi@example.com', phone: '0812 3456 7890' },
 * });
 * if (charge.nextAction?.type === 'qr') console.log('show this QR:', charge.nextAction.payload);
 * ```
 */
export function createPaymux(options: PaymuxOptions): Paymux {
  const runtime = createRuntime(options);
  const { emitter } = runtime;
  const paymux: Paymux = {
    charges: chargesApi(runtime),
    refunds: refundsApi(runtime),
    payouts: payoutsApi(runtime),
    balance: balanceApi(runtime),
    settlements: settlementsApi(runtime),
    statement: statementApi(runtime),
    webhooks: webhooksApi(runtime),
    reconcile: (options) => reconcile(runtime, options),
    providers: runtime.router.providers,
    on(event, listener) {
      emitter.on(event, listener);
      return paymux;
    },
    once(event, listener) {
      emitter.once(event, listener);
      return paymux;
    },
    off(event, listener) {
      emitter.off(event, listener);
      return paymux;
    },
  };
  return paymux;
}
