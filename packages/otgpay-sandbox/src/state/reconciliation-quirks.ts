import type { Country } from '../countries.js';
import { alreadyFinal, notFound } from '../errors.js';
import type { Store } from '../store/index.js';
import { localDate } from '../time.js';
import { appPrefix, KIND, seqKey } from './keys.js';
import { entries, post, putEntry } from './ledger.js';
import type { LedgerEntry, SettlementRecord } from './types.js';

/**
 * Ledger manipulations the control API offers so that every reconciliation category can
 * be produced on purpose. They break the gateway's own invariants deliberately (an entry
 * booked twice, a settlement that does not add up); normal requests never call them.
 */

/** Books the latest PAYMENT (with its FEE) or REFUND entries of `orderId` again, now. */
export function duplicateEntries(
  store: Store,
  country: Country,
  appId: number,
  orderId: string,
  type: 'PAYMENT' | 'REFUND',
  now: number,
): LedgerEntry[] {
  const own = entries(store, appId).filter((e) => e.orderId === orderId);
  const last = own.filter((e) => e.type === type).at(-1);
  if (!last) throw notFound();
  const copies = own.filter(
    (e) => e === last || (type === 'PAYMENT' && e.type === 'FEE' && e.time === last.time),
  );
  return copies.map((e) =>
    post(store, country, appId, {
      type: e.type,
      amount: e.amount,
      orderId,
      bucket: e.bucket,
      time: now,
    }),
  );
}

/** Moves the unsettled ledger entries of `orderId` by `deltaMs` (their dates follow). */
export function shiftEntries(
  store: Store,
  country: Country,
  appId: number,
  orderId: string,
  deltaMs: number,
): void {
  const own = entries(store, appId).filter((e) => e.orderId === orderId);
  if (own.some((e) => e.settlementNo !== undefined)) throw alreadyFinal();
  for (const e of own) {
    const time = e.time + deltaMs;
    putEntry(store, appId, { ...e, time, date: localDate(time, country.offsetMinutes) });
  }
}

/** Overwrites the totals of one settlement record. */
export function adjustSettlement(
  store: Store,
  appId: number,
  settlementNo: string,
  change: { gross?: bigint; fee?: bigint; net?: bigint },
): SettlementRecord {
  const record = store
    .list<SettlementRecord>(KIND.settlement, appPrefix(appId))
    .find((s) => s.settlementNo === settlementNo);
  if (!record) throw notFound();
  const next: SettlementRecord = { ...record, ...change };
  store.put(KIND.settlement, seqKey(appId, record.seq), next);
  return next;
}
