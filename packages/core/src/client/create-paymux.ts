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

/** The provider-neutral client. */
export interface Paymux {
  readonly charges: ChargesApi;
  readonly refunds: RefundsApi;
  readonly payouts: PayoutsApi;
  readonly balance: BalanceApi;
  readonly settlements: ListApi<Settlement>;
  readonly statement: ListApi<StatementEntry>;
  readonly webhooks: WebhooksApi;
  /**
   * A report of every difference between the merchant's books and `provider`'s for one
   * business day (see `docs/reconciliation.md`). Read-only unless `repair: true`.
   */
  reconcile(options: ReconcileOptions): Promise<ReconciliationReport>;
  /** The registered providers, in registration order. */
  readonly providers: readonly PaymentProvider[];
  on<E extends keyof PaymuxEventMap>(event: E, listener: Listener<E>): Paymux;
  once<E extends keyof PaymuxEventMap>(event: E, listener: Listener<E>): Paymux;
  off<E extends keyof PaymuxEventMap>(event: E, listener?: Listener<E>): Paymux;
}

/**
 * A `Paymux` client over `providers`. Every operation: validate → route → idempotency
 * record → retries with unknown-outcome reconcile → failover when nothing took effect →
 * events. No dependency injection needed; see `createPaymuxFromContainer` in `@paymux/core/inversify`.
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
