import type {
  ChargeStatus,
  Money,
  NextAction,
  PaymentMethod,
  Store,
  WebhookResponse,
} from '@paymux/core';
import type { CountryCode } from '../config/countries.js';
import { RecordTable } from './record-table.js';

/** One line of an order's timeline. */
export interface OrderEvent {
  readonly at: string;
  readonly kind: 'created' | 'status' | 'refund' | 'error';
  readonly status?: ChargeStatus;
  readonly text: string;
}

/** A callback the gateway sent for this order, and what the endpoint made of it. */
export interface CallbackRecord {
  readonly at: string;
  readonly eventId?: string;
  readonly type?: string;
  /** `handled`, `duplicate`, `stale`, `in_progress`, `rejected` (bad signature) or `failed`. */
  readonly outcome: WebhookResponse['outcome'];
  /** The signature checked out. */
  readonly verified: boolean;
  readonly httpStatus: number;
}

export interface RefundLine {
  readonly reference: string;
  readonly money: Money;
  readonly status: string;
  readonly at: string;
}

/** The merchant's own order: what the shop sold and what paymux said about the charge. */
export interface OrderRecord {
  readonly reference: string;
  readonly country: CountryCode;
  readonly money: Money;
  readonly method: PaymentMethod;
  readonly methodLabel: string;
  readonly customer: { readonly name: string; readonly email: string; readonly phone: string };
  readonly description: string;
  readonly status: ChargeStatus;
  readonly providerReference: string;
  readonly nextAction?: NextAction;
  readonly fee?: Money;
  readonly refunded: Money;
  readonly refunds: readonly RefundLine[];
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly history: readonly OrderEvent[];
  readonly callbacks: readonly CallbackRecord[];
}

export interface OrderFilter {
  readonly status?: string;
  readonly country?: string;
  /** Matches the reference, customer name or email. */
  readonly query?: string;
}

/** Orders in the shared `Store`, one record per reference. */
export class OrderBook {
  readonly #table: RecordTable<OrderRecord>;
  readonly #changed: (reference: string) => void;

  constructor(store: Store, changed: (reference: string) => void = () => {}) {
    this.#table = new RecordTable(store, 'demo:order:');
    this.#changed = changed;
  }

  /** Records a new order (a repeated submit of the same reference keeps the first). */
  async add(order: OrderRecord): Promise<void> {
    if (await this.#table.create(order.reference, order)) this.#changed(order.reference);
  }

  get(reference: string): Promise<OrderRecord | undefined> {
    return this.#table.get(reference);
  }

  /** Read-modify-write of one order; `change` returns undefined to leave it as it is. */
  async update(
    reference: string,
    change: (order: OrderRecord) => OrderRecord | undefined,
  ): Promise<OrderRecord | undefined> {
    let changed = false;
    const saved = await this.#table.update(reference, (order) => {
      const next = change(order);
      changed = next !== undefined;
      return next && { ...next, updatedAt: new Date().toISOString() };
    });
    if (changed) this.#changed(reference);
    return saved;
  }

  /** Newest first. */
  async list(filter: OrderFilter = {}): Promise<OrderRecord[]> {
    const q = filter.query?.trim().toLowerCase();
    return (await this.#table.all())
      .filter(
        (o) =>
          (!filter.status || o.status === filter.status) &&
          (!filter.country || o.country === filter.country) &&
          (!q ||
            o.reference.toLowerCase().includes(q) ||
            o.customer.name.toLowerCase().includes(q) ||
            o.customer.email.toLowerCase().includes(q)),
      )
      .sort(newestFirst);
  }
}

export function newestFirst(
  a: { createdAt: string; reference: string },
  b: { createdAt: string; reference: string },
): number {
  return b.createdAt.localeCompare(a.createdAt) || b.reference.localeCompare(a.reference);
}
