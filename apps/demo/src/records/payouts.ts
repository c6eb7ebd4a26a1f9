import type { Money, PayoutStatus, Store } from '@paymux/core';
import type { CountryCode } from '../config/countries.js';
import { type CallbackRecord, newestFirst } from './orders.js';
import { RecordTable } from './record-table.js';

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
  readonly #payouts: RecordTable<PayoutRecord>;
  readonly #batches: RecordTable<BatchRecord>;
  readonly #changed: (topic: string) => void;

  constructor(store: Store, changed: (topic: string) => void = () => {}) {
    this.#payouts = new RecordTable(store, 'demo:payout:');
    this.#batches = new RecordTable(store, 'demo:batch:');
    this.#changed = changed;
  }

  async add(payout: PayoutRecord): Promise<void> {
    if (!(await this.#payouts.create(payout.reference, payout))) return;
    this.#notify(payout);
  }

  get(reference: string): Promise<PayoutRecord | undefined> {
    return this.#payouts.get(reference);
  }

  async update(
    reference: string,
    change: (payout: PayoutRecord) => PayoutRecord | undefined,
  ): Promise<PayoutRecord | undefined> {
    let changed = false;
    const saved = await this.#payouts.update(reference, (payout) => {
      const next = change(payout);
      changed = next !== undefined;
      return next && { ...next, updatedAt: new Date().toISOString() };
    });
    if (changed && saved) this.#notify(saved);
    return saved;
  }

  /** Single payouts, newest first (batch items are listed with their batch). */
  async list(): Promise<PayoutRecord[]> {
    return (await this.#payouts.all()).filter((p) => !p.batchId).sort(newestFirst);
  }

  async addBatch(batch: BatchRecord): Promise<void> {
    await this.#batches.create(batch.id, batch);
    this.#changed(`batch:${batch.id}`);
  }

  getBatch(id: string): Promise<BatchRecord | undefined> {
    return this.#batches.get(id);
  }

  async setBatchState(id: string, state: BatchRecord['state'], error?: string): Promise<void> {
    await this.#batches.update(id, (b) => ({ ...b, state, ...(error ? { error } : {}) }));
    this.#changed(`batch:${id}`);
  }

  async listBatches(): Promise<BatchRecord[]> {
    return (await this.#batches.all()).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  #notify(payout: PayoutRecord): void {
    this.#changed(`payout:${payout.reference}`);
    if (payout.batchId) this.#changed(`batch:${payout.batchId}`);
  }
}
