import type { Charge } from '../resources/charge.js';
import type { Payout } from '../resources/payout.js';
import type { Refund } from '../resources/refund.js';
import { isStoredBatchOutcome, storedBatchItems } from '../store/batch-record.js';
import { IDEMPOTENCY_PREFIX, type IdempotencyRecord } from '../store/idempotency.js';
import type { ReferenceEntry } from '../store/reference-index.js';
import type { Store, StoreEntry } from '../store/store.js';
import type { MerchantRecord } from './merchant-record.js';

/** Every live entry under `prefix`, page by page in key order. */
async function* listAll<T>(store: Store, prefix: string): AsyncGenerator<StoreEntry<T>> {
  let after: string | undefined;
  for (;;) {
    const page = await store.list<T>(prefix, after === undefined ? {} : { after });
    yield* page;
    if (page.length === 0) return;
    after = page.at(-1)?.key;
  }
}

async function valuesByKey<T>(store: Store, prefix: string): Promise<Map<string, T>> {
  const map = new Map<string, T>();
  for await (const entry of listAll<T>(store, prefix)) {
    map.set(entry.key.slice(prefix.length), entry.value);
  }
  return map;
}

/** `charge.succeeded` → `succeeded`. */
const statusOfEvent = (type: string | undefined) => type?.slice(type.indexOf('.') + 1);

/**
 * What the paymux `Store` knows about `provider`'s orders, as merchant records: every
 * completed charge, refund and payout (their idempotency records, and the items of payout
 * batch chunks' records), with the newest status
 * the core learned — a final status applied by a webhook (or a repair) first, then the last
 * status seen by `retrieve`, then the status at creation. The record's time is when the
 * create completed. In-flight writes (outcome unknown, amount not stored) and refused ones
 * are not orders and are left out.
 */
export async function merchantRecordsFromStore(
  store: Store,
  provider: string,
): Promise<MerchantRecord[]> {
  const finals = await valuesByKey<string>(store, `webhook-final:${provider}:`);
  const chargeIndex = await valuesByKey<ReferenceEntry>(store, 'ref:charge:');
  const payoutIndex = await valuesByKey<ReferenceEntry>(store, 'ref:payout:');
  const records: MerchantRecord[] = [];
  const completed = async function* <T>(kind: string) {
    for await (const entry of listAll<IdempotencyRecord<T>>(
      store,
      `${IDEMPOTENCY_PREFIX}${kind}:`,
    )) {
      const record = entry.value;
      if (record.state !== 'completed' || record.outcome === undefined) continue;
      if ((record.outcome as { provider?: string }).provider !== provider) continue;
      yield { outcome: record.outcome, time: new Date(record.updatedAt) };
    }
  };
  const lastStatus = (kind: 'charge' | 'payout', reference: string, created: string): string => {
    const final = statusOfEvent(finals.get(`${kind}:${reference}`));
    if (final !== undefined) return final;
    const seen = (kind === 'charge' ? chargeIndex : payoutIndex).get(reference);
    return seen && seen.provider === provider ? seen.status : created;
  };
  for await (const { outcome, time } of completed<Charge>('charge')) {
    records.push({
      kind: 'charge',
      reference: outcome.reference,
      providerReference: outcome.providerReference,
      money: outcome.money,
      status: lastStatus('charge', outcome.reference, outcome.status),
      time,
    });
  }
  for await (const { outcome, time } of completed<Refund>('refund')) {
    records.push({
      kind: 'refund',
      reference: outcome.reference,
      chargeReference: outcome.chargeReference,
      providerReference: outcome.providerReference,
      money: outcome.money,
      status: outcome.status,
      time,
    });
  }
  const payouts = new Set<string>();
  for await (const { outcome, time } of completed<Payout>('payout')) {
    payouts.add(outcome.reference);
    records.push({
      kind: 'payout',
      reference: outcome.reference,
      providerReference: outcome.providerReference,
      money: outcome.money,
      status: lastStatus('payout', outcome.reference, outcome.status),
      time,
    });
  }
  // Items of payout batches: one compact record per chunk, no record per item.
  for await (const { outcome, time } of completed<unknown>('payout_batch')) {
    if (!isStoredBatchOutcome(outcome)) continue;
    for (const item of storedBatchItems(outcome)) {
      if (item.state !== 'created' || payouts.has(item.reference)) continue;
      records.push({
        kind: 'payout',
        reference: item.reference,
        ...(item.providerReference === '' ? {} : { providerReference: item.providerReference }),
        money: { amount: item.amount, currency: outcome.currency },
        status: lastStatus('payout', item.reference, item.status),
        time,
      });
    }
  }
  return records;
}
