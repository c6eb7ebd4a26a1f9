import type {
  ChargeStatus,
  Money,
  NextAction,
  PaymentMethod,
  Store,
  WebhookResponse,
} from '@paymux/core';
import type { CountryCode } from '../config/countries.js';
import { AppendLog } from './append-log.js';
import { KeyedLock } from './keyed-lock.js';

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

/** Orders in the shared `Store`: one record per reference plus an append-only index. */
export class OrderBook {
  readonly #store: Store;
  readonly #index: AppendLog<string>;
  readonly #lock = new KeyedLock();
  readonly #changed: (reference: string) => void;

  constructor(store: Store, changed: (reference: string) => void = () => {}) {
    this.#store = store;
    this.#index = new AppendLog(store, 'demo:orders');
    this.#changed = changed;
  }

  async add(order: OrderRecord): Promise<void> {
    await this.#store.set(key(order.reference), order);
    await this.#index.append(order.reference);
    this.#changed(order.reference);
  }

  get(reference: string): Promise<OrderRecord | undefined> {
    return this.#store.get<OrderRecord>(key(reference));
  }

  /** Read-modify-write of one order; `change` returns undefined to leave it as it is. */
  update(
    reference: string,
    change: (order: OrderRecord) => OrderRecord | undefined,
  ): Promise<OrderRecord | undefined> {
    return this.#lock.run(reference, async () => {
      const order = await this.get(reference);
      if (!order) return undefined;
      const next = change(order);
      if (!next) return order;
      const saved = { ...next, updatedAt: new Date().toISOString() };
      await this.#store.set(key(reference), saved);
      this.#changed(reference);
      return saved;
    });
  }

  /** Newest first. */
  async list(filter: OrderFilter = {}): Promise<OrderRecord[]> {
    const references = [...(await this.#index.list())].reverse();
    const orders = await Promise.all(references.map((r) => this.get(r)));
    const q = filter.query?.trim().toLowerCase();
    return orders.filter(
      (o): o is OrderRecord =>
        o !== undefined &&
        (!filter.status || o.status === filter.status) &&
        (!filter.country || o.country === filter.country) &&
        (!q ||
          o.reference.toLowerCase().includes(q) ||
          o.customer.name.toLowerCase().includes(q) ||
          o.customer.email.toLowerCase().includes(q)),
    );
  }
}

const key = (reference: string) => `demo:order:${reference}`;
