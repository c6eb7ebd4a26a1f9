import type { Country } from '../countries.js';
import type { Store } from '../store/index.js';
import { localDate } from '../time.js';
import { nextSeq, reference } from './counters.js';
import { appPrefix, KIND, seqKey } from './keys.js';
import type { Balance, EntryType, LedgerEntry } from './types.js';

/**
 * Balance buckets and the statement ledger (protocol §8).
 * total = available + pending + frozen; every entry's balanceAfter is the total
 * right after it, so entries chain and the newest equals the live total.
 */

export function getBalance(store: Store, appId: number): Balance {
  return (
    store.get<Balance>(KIND.balance, String(appId)) ?? { available: 0n, pending: 0n, frozen: 0n }
  );
}

export function putBalance(store: Store, appId: number, balance: Balance): void {
  store.put(KIND.balance, String(appId), balance);
}

export function total(balance: Balance): bigint {
  return balance.available + balance.pending + balance.frozen;
}

/** Moves money between buckets without a ledger entry (total unchanged). */
export function move(
  store: Store,
  appId: number,
  from: keyof Balance,
  to: keyof Balance,
  amount: bigint,
): void {
  const b = getBalance(store, appId);
  b[from] -= amount;
  b[to] += amount;
  putBalance(store, appId, b);
}

/** Applies a signed amount to a bucket and records the statement entry. */
export function post(
  store: Store,
  country: Country,
  appId: number,
  entry: {
    type: EntryType;
    amount: bigint;
    orderId?: string;
    bucket: 'pending' | 'frozen';
    time: number;
  },
): LedgerEntry {
  const b = getBalance(store, appId);
  b[entry.bucket] += entry.amount;
  putBalance(store, appId, b);
  const seq = nextSeq(store, appId, 'entry');
  const record: LedgerEntry = {
    seq,
    entryNo: reference('E', appId, seq),
    time: entry.time,
    date: localDate(entry.time, country.offsetMinutes),
    type: entry.type,
    amount: entry.amount,
    balanceAfter: total(b),
    bucket: entry.bucket,
    ...(entry.orderId === undefined ? {} : { orderId: entry.orderId }),
  };
  store.put(KIND.ledger, seqKey(appId, seq), record);
  return record;
}

export function entries(store: Store, appId: number): LedgerEntry[] {
  return store.list<LedgerEntry>(KIND.ledger, appPrefix(appId));
}

export function putEntry(store: Store, appId: number, entry: LedgerEntry): void {
  store.put(KIND.ledger, seqKey(appId, entry.seq), entry);
}
