import type { ReconciliationCategory } from './category.js';
import type { ReconciliationKind } from './merchant-record.js';

/** One side of an item, as far as that side knows it. Amounts in minor units. */
export interface ItemSide {
  /** The status that side reports (`succeeded`, `pending`, … or `settled` for a settlement). */
  readonly status?: string;
  /** ISO 4217 code of that side's amounts. */
  readonly currency?: string;
  /** Charge: amount paid; payout: amount sent; refund group: sum of refunds; settlement: net. */
  readonly amount?: bigint;
  /** The fee that side knows, in minor units. */
  readonly fee?: bigint;
  /** Charges: sum of refunds. */
  readonly refunded?: bigint;
  /** When that side dates the order (paid, finished, or created), when known. */
  readonly time?: Date;
}

/** The two statuses of a `status_mismatch` item. */
export interface StatusPair {
  /** The status in the merchant's records. */
  readonly merchant: string;
  /** The status the provider reports. */
  readonly provider: string;
}

/** What `repair` did for an item (only `status_mismatch` items are ever repaired). */
export interface ItemRepair {
  /** The provider's final status the order was brought to (`succeeded` or `failed`). */
  readonly to: string;
  /** `applied`: the handler ran now; `duplicate`/`stale`: the event had already been applied. */
  readonly outcome: 'applied' | 'duplicate' | 'stale' | 'failed';
}

/**
 * One reconciled order (a charge with its refunds, a payout), a provider-only order, or the
 * settlement of the day. `inputs` names every input it consumed; each input is in exactly
 * one item (or in `report.excluded`).
 */
export interface ReconciliationItem {
  /** `charge:<ref>`, `payout:<ref>`, `settlement:<yyyy-MM-dd>`; unique in a report. */
  readonly id: string;
  /** The one category the item falls in (the first in {@link RECONCILIATION_CATEGORIES} that applies). */
  readonly category: ReconciliationCategory;
  /** A charge (with its refunds), a payout, or the day's settlement. */
  readonly kind: ReconciliationKind | 'settlement';
  /** The order's merchant reference (for a settlement item, the day). */
  readonly reference: string;
  /** The provider's reference of the order, when either side knows it. */
  readonly providerReference?: string;
  /** The currency of the amounts below: the report's currency. */
  readonly currency: string;
  /** Merchant amount when the merchant has the item, else the provider's. */
  readonly amount: bigint;
  /** Provider minus merchant (a missing side counts as 0): what this item adds to the variance. */
  readonly difference: bigint;
  /** The merchant's side; absent when the merchant has no record of it. */
  readonly merchant?: ItemSide;
  /** The provider's side; absent when the provider has no record of it. */
  readonly provider?: ItemSide;
  /** `status_mismatch`: the two statuses. */
  readonly statusPair?: StatusPair;
  /** `probable_match`: the provider reference paired by amount and time. */
  readonly probableReference?: string;
  /** True when a side of the item lies outside the business day. */
  readonly cutOff: boolean;
  /** True when the provider was queried for this order. */
  readonly queried: boolean;
  /** One sentence for a human: what differs. */
  readonly detail: string;
  /** Ids of the inputs: `merchant:<kind>:<ref>`, `entry:<ref>`, `settlement:<ref>`. */
  readonly inputs: readonly string[];
  /** What `repair: true` did for this item; absent when it was not repaired. */
  readonly repair?: ItemRepair;
}

/** The items of one category, counted and summed. */
export interface CategorySummary {
  /** Number of items in the category. */
  readonly count: number;
  /** Sum of the items' `amount`. */
  readonly amount: bigint;
  /** Sum of the items' `difference`. */
  readonly difference: bigint;
}

/** The day's money, from the provider's statement and settlements; all in minor units. */
export interface ReconciliationTotals {
  /** Σ PAYMENT entries dated on the business day. */
  readonly gross: bigint;
  /** Σ fees of those payments. */
  readonly fees: bigint;
  /** Σ REFUND entries dated on the business day. */
  readonly refunds: bigint;
  /** gross − fees − refunds: what the day's settlement should pay. */
  readonly net: bigint;
  /** Σ net of the settlements dated on the business day. */
  readonly settled: bigint;
  /** Σ PAYOUT entries and their fees on the business day. */
  readonly payouts: bigint;
  /** Σ fee entries of those payouts. */
  readonly payoutFees: bigint;
  /** Σ `difference` of every item that is not `matched`: what finance must explain. */
  readonly variance: bigint;
}

/**
 * The result of `paymux.reconcile` (or {@link buildReport}): one item per order touching the
 * business day, a summary per category and the day's totals. Amounts are `bigint` minor units
 * of `currency`; serialize with {@link reportToJson} or {@link reportToCsv}.
 */
export interface ReconciliationReport {
  /** Always `'reconciliation_report'`. */
  readonly object: 'reconciliation_report';
  /** Id of the provider instance reconciled. */
  readonly provider: string;
  /** ISO 4217 code of every amount in the report. */
  readonly currency: string;
  /** The business day, `yyyy-MM-dd` in `timeZone`. */
  readonly day: string;
  /** The IANA zone of the business day. */
  readonly timeZone: string;
  /** The day in UTC: `[start, end)`. */
  readonly start: Date;
  /** End of the day (exclusive). */
  readonly end: Date;
  /** How far outside the day records were still matched, in milliseconds. */
  readonly lookAroundMs: number;
  /** The tolerance used, in minor units. */
  readonly tolerance: bigint;
  /** Items sorted by `id`. */
  readonly items: readonly ReconciliationItem[];
  /** Every category, in precedence order, with zeroes for the empty ones. */
  readonly summary: Readonly<Record<ReconciliationCategory, CategorySummary>>;
  /** The day's gross, fees, refunds, net, settled amount, payouts and variance. */
  readonly totals: ReconciliationTotals;
  /** How many inputs each side supplied, and which belonged to another day (look-around only). */
  readonly inputs: {
    /** Merchant records inside the look-around window. */
    readonly merchant: number;
    /** Statement entries inside the window plus settlements dated on the day. */
    readonly provider: number;
  };
  /** Ids of inputs inside the window that belong wholly to a neighbouring day (in no item). */
  readonly excluded: readonly string[];
  /** Items whose repair was `applied` by this run; 0 without `repair: true`. */
  readonly repaired: number;
}
