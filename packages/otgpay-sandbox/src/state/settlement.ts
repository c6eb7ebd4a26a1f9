import type { Store } from '../store/index.js';
import { nextSeq, reference } from './counters.js';
import { appPrefix, KIND, seqKey } from './keys.js';
import { entries, move, putEntry } from './ledger.js';
import type { LedgerEntry, SettlementRecord } from './types.js';

/**
 * Settlement (protocol §8): for each country-local day with unsettled payment-side
 * entries, gross = Σ PAYMENT, fee = Σ payment FEE, refunds = Σ REFUND,
 * net = gross - fee - refunds; net moves pending → available; one record per run and day.
 */
export function settle(
  store: Store,
  appId: number,
  now: number,
  options: {
    date?: string;
    /** Only days strictly before this `yyyy-MM-dd` (T+1: a day settles once it is over). */
    before?: string;
    only?: (entry: LedgerEntry) => boolean;
  } = {},
): SettlementRecord[] {
  const byDate = new Map<string, LedgerEntry[]>();
  for (const e of entries(store, appId)) {
    if (e.bucket !== 'pending' || e.settlementNo !== undefined) continue;
    if (options.date !== undefined && e.date !== options.date) continue;
    if (options.before !== undefined && e.date >= options.before) continue;
    if (options.only && !options.only(e)) continue;
    const list = byDate.get(e.date) ?? [];
    list.push(e);
    byDate.set(e.date, list);
  }
  const records: SettlementRecord[] = [];
  for (const date of [...byDate.keys()].sort()) {
    const list = byDate.get(date) ?? [];
    const sum = (type: LedgerEntry['type']) =>
      list.filter((e) => e.type === type).reduce((acc, e) => acc + e.amount, 0n);
    const gross = sum('PAYMENT');
    const fee = -sum('FEE');
    const refunds = -sum('REFUND');
    const seq = nextSeq(store, appId, 'settlement');
    const record: SettlementRecord = {
      seq,
      settlementNo: reference('S', appId, seq),
      settleDate: date,
      gross,
      fee,
      refunds,
      net: gross - fee - refunds,
      status: 2,
      createdAt: now,
    };
    store.put(KIND.settlement, seqKey(appId, seq), record);
    move(store, appId, 'pending', 'available', record.net);
    for (const e of list) putEntry(store, appId, { ...e, settlementNo: record.settlementNo });
    records.push(record);
  }
  return records;
}

export function settlements(store: Store, appId: number): SettlementRecord[] {
  return store.list<SettlementRecord>(KIND.settlement, appPrefix(appId));
}
