import type { Money, PayoutStatus, Store } from '@paymux/core';
import type { CountryCode } from '../config/countries.js';
import { AppendLog } from './append-log.js';
import { KeyedLock } from './keyed-lock.js';
import type { CallbackRecord } from './orders.js';

export interface PayoutRecord {
  readonly reference: string;
  readonly country: CountryCode;
  readonly money: Money;
  readonly bank: string;
  readonly accountNumber: string;
  readonly recipientName: string;
  readonly status: PayoutStatus | 'rejected';
  readonly failureReason?: string;
  readonly fee?: Money;
  readonly batchId?: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly callbacks: readonly CallbackRecord[];
}

/** One CSV row of a batch upload and what became of it. */
export interface BatchRow {
  readonly line: number;
  readonly reference?: string;
  readonly money?: Money;
  readonly recipientName?: string;
  /** Validation or submission error, naming the CSV column when it can. */
  readonly error?: { readonly column?: string; readonly message: string };
}

export interface BatchRecord {
  readonly id: string;
  readonly country: CountryCode;
  readonly fileName: string;
  readonly createdAt: string;
  readonly rows: readonly BatchRow[];
  /** `validating` → `submitting` → `submitted` (or `failed` when the batch call failed). */
  readonly state: 'submitting' | 'submitted' | 'failed';
  readonly error?: string;
}

/** Payouts and payout batches in the shared `Store`. */
export class PayoutBook {
  readonly #store: Store;
  readonly #index: AppendLog<string>;
  readonly #batches: AppendLog<string>;
  readonly #lock = new KeyedLock();
  readonly #changed: (topic: string) => void;

  constructor(store: Store, changed: (topic: string) => void = () => {}) {
    this.#store = store;
    this.#index = new AppendLog(store, 'demo:payouts');
    this.#batches = new AppendLog(store, 'demo:batches');
    this.#changed = changed;
  }

  async add(payout: PayoutRecord, indexed = true): Promise<void> {
    await this.#store.set(payoutKey(payout.reference), payout);
    if (indexed) await this.#index.append(payout.reference);
    this.#changed(`payout:${payout.reference}`);
    if (payout.batchId) this.#changed(`batch:${payout.batchId}`);
  }

  get(reference: string): Promise<PayoutRecord | undefined> {
    return this.#store.get<PayoutRecord>(payoutKey(reference));
  }

  update(
    reference: string,
    change: (payout: PayoutRecord) => PayoutRecord | undefined,
  ): Promise<PayoutRecord | undefined> {
    return this.#lock.run(reference, async () => {
      const payout = await this.get(reference);
      if (!payout) return undefined;
      const next = change(payout);
      if (!next) return payout;
      const saved = { ...next, updatedAt: new Date().toISOString() };
      await this.#store.set(payoutKey(reference), saved);
      this.#changed(`payout:${reference}`);
      if (saved.batchId) this.#changed(`batch:${saved.batchId}`);
      return saved;
    });
  }

  /** Single payouts, newest first (batch items are listed with their batch). */
  async list(): Promise<PayoutRecord[]> {
    const refs = [...(await this.#index.list())].reverse();
    const all = await Promise.all(refs.map((r) => this.get(r)));
    return all.filter((p): p is PayoutRecord => p !== undefined);
  }

  async addBatch(batch: BatchRecord): Promise<void> {
    await this.#store.set(batchKey(batch.id), batch);
    await this.#batches.append(batch.id);
    this.#changed(`batch:${batch.id}`);
  }

  getBatch(id: string): Promise<BatchRecord | undefined> {
    return this.#store.get<BatchRecord>(batchKey(id));
  }

  async saveBatch(batch: BatchRecord): Promise<void> {
    await this.#store.set(batchKey(batch.id), batch);
    this.#changed(`batch:${batch.id}`);
  }

  async listBatches(): Promise<BatchRecord[]> {
    const ids = [...(await this.#batches.list())].reverse();
    const all = await Promise.all(ids.map((id) => this.getBatch(id)));
    return all.filter((b): b is BatchRecord => b !== undefined);
  }
}

const payoutKey = (reference: string) => `demo:payout:${reference}`;
const batchKey = (id: string) => `demo:batch:${id}`;
