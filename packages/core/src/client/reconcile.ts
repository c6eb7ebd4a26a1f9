import type { PaymentProvider } from '../contract/provider.js';
import type { ReconciliationProfile } from '../contract/reconciliation-profile.js';
import { ValidationError } from '../errors/error-classes.js';
import { PaymuxError } from '../errors/paymux-error.js';
import { buildReport } from '../reconciliation/build-report.js';
import { addDays, businessDay, localDateIn } from '../reconciliation/business-day.js';
import { checkMerchantRecord } from '../reconciliation/check-merchant-record.js';
import type { MerchantRecord } from '../reconciliation/merchant-record.js';
import { groupOrders } from '../reconciliation/order-group.js';
import { type OrderQuery, planQueries } from '../reconciliation/plan-queries.js';
import type { QueriedOrder } from '../reconciliation/provider-records.js';
import type { ReconciliationReport } from '../reconciliation/report.js';
import { reconcileRules } from '../reconciliation/rules.js';
import { merchantRecordsFromStore } from '../reconciliation/store-records.js';
import type { Settlement } from '../resources/settlement.js';
import type { StatementEntry } from '../resources/statement-entry.js';
import { asPaymuxError } from '../retry/classify.js';
import { executeRead } from './execute-read.js';
import { settlementsApi, statementApi } from './listings.js';
import { checkReconcileOptions, type ReconcileOptions } from './reconcile-options.js';
import { repairItems } from './reconcile-repair.js';
import type { Runtime } from './runtime.js';

function profileOf(provider: PaymentProvider, currency: string): ReconciliationProfile | undefined {
  if (!provider.reconciliationProfile) return undefined;
  try {
    return provider.reconciliationProfile(currency);
  } catch (error) {
    if (PaymuxError.isInstance(error) && error.code === 'unsupported') return undefined;
    throw error;
  }
}

function currencyOf(provider: PaymentProvider, options: ReconcileOptions): string {
  if (options.currency !== undefined) return options.currency;
  const [only, ...others] = provider.capabilities.currencies;
  if (only === undefined || others.length > 0) {
    throw new ValidationError(`${provider.id} holds several currencies: name one`, {
      field: 'currency',
      rule: 'required',
    });
  }
  return only;
}

async function collect<T>(items: AsyncIterable<T> | Iterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function merchantRecords(
  runtime: Runtime,
  provider: PaymentProvider,
  currency: string,
  options: ReconcileOptions,
): Promise<MerchantRecord[]> {
  if (options.merchantRecords === undefined) {
    const stored = await merchantRecordsFromStore(runtime.store, provider.id);
    return stored.filter((record) => record.money.currency === currency);
  }
  const records: MerchantRecord[] = [];
  for await (const record of options.merchantRecords) {
    records.push(checkMerchantRecord(record, records.length));
  }
  return records;
}

/** Asks the provider for each order, `concurrency` at a time; `not_found` is an answer. */
async function runQueries(
  runtime: Runtime,
  provider: PaymentProvider,
  queries: readonly OrderQuery[],
  concurrency: number,
  signal: AbortSignal | undefined,
): Promise<Map<string, QueriedOrder>> {
  const answers = new Map<string, QueriedOrder>();
  let next = 0;
  const ask = async (query: OrderQuery): Promise<QueriedOrder> => {
    try {
      if (query.kind === 'charge') {
        const charge = await executeRead(
          runtime,
          provider,
          'getCharge',
          (ctx) => provider.getCharge({ reference: query.reference }, ctx),
          signal,
        );
        return { kind: 'charge', found: true, charge };
      }
      const payout = await executeRead(
        runtime,
        provider,
        'getPayout',
        (ctx) => provider.getPayout({ reference: query.reference }, ctx),
        signal,
      );
      return { kind: 'payout', found: true, payout };
    } catch (thrown) {
      const error = asPaymuxError(thrown, { provider: provider.id, write: false });
      if (error.code === 'not_found') return { kind: query.kind, found: false };
      throw error;
    }
  };
  const worker = async () => {
    while (next < queries.length) {
      const query = queries[next] as OrderQuery;
      next += 1;
      answers.set(`${query.kind}:${query.reference}`, await ask(query));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, queries.length) }, worker));
  return answers;
}

/**
 * `paymux.reconcile`: the merchant's side (the Store, or `merchantRecords`) against the
 * provider's statement and settlements around one business day, plus a query per order
 * the two do not settle; with `repair`, the janitor. Read-only otherwise.
 */
export async function reconcile(
  runtime: Runtime,
  options: ReconcileOptions,
): Promise<ReconciliationReport> {
  const checked = checkReconcileOptions(options);
  const provider = runtime.router.byId(options.provider);
  const currency = currencyOf(provider, options);
  const profile = profileOf(provider, currency);
  const timeZone = options.timeZone ?? profile?.timeZone;
  if (timeZone === undefined) {
    throw new ValidationError(
      `${provider.id} does not say which time zone its books use: pass timeZone`,
      { field: 'timeZone', rule: 'required' },
    );
  }
  const day = businessDay(options.day, timeZone);
  const signal = options.signal;
  const call = signal ? { signal } : {};

  // The provider dates its statement and settlements in its own zone.
  const bookZone = profile?.timeZone ?? timeZone;
  const from = day.start - checked.lookAroundMs;
  const to = day.end + checked.lookAroundMs;
  const range = { provider: provider.id, currency };
  const entries: StatementEntry[] = (
    await collect(
      statementApi(runtime).list(
        {
          ...range,
          startDate: localDateIn(from, bookZone),
          endDate: localDateIn(to - 1, bookZone),
        },
        call,
      ),
    )
  ).filter((e) => e.amount.currency === currency);
  const settlements: Settlement[] = (
    await collect(
      settlementsApi(runtime).list(
        {
          ...range,
          startDate: addDays(localDateIn(day.start, bookZone), -1),
          endDate: addDays(localDateIn(day.end - 1, bookZone), 1),
        },
        call,
      ),
    )
  ).filter((s) => s.net.currency === currency);
  const merchant = await merchantRecords(runtime, provider, currency, options);

  const rules = reconcileRules({
    day,
    currency,
    lookAroundMs: checked.lookAroundMs,
    tolerance: checked.tolerance,
    ...((options.fees ?? profile?.fees) ? { fees: { ...profile?.fees, ...options.fees } } : {}),
    now: runtime.clock(),
    settlementLagDays: options.settlementLagDays ?? profile?.settlementLagDays ?? 1,
    settledDays: settlements.map((s) => s.date),
    probableWindowMs: checked.probableWindowMs,
  });
  const inWindow = (time: Date) => time.getTime() >= from && time.getTime() < to;
  const windowMerchant = merchant.filter((r) => inWindow(r.time));
  const windowEntries = entries.filter((e) => inWindow(e.time));
  const queries = planQueries(groupOrders(windowMerchant, windowEntries).values());
  const queried = await runQueries(runtime, provider, queries, checked.queryConcurrency, signal);
  const report = buildReport({
    provider: provider.id,
    rules,
    merchant: windowMerchant,
    records: { entries: windowEntries, settlements, queried },
  });
  if (options.repair !== true) return report;
  const items = await repairItems(
    runtime,
    provider,
    report.items,
    queried,
    options.handler ?? (() => undefined),
  );
  return {
    ...report,
    items,
    repaired: items.filter((item) => item.repair?.outcome === 'applied').length,
  };
}
