import type { ReconciliationCategory } from './category.js';
import type { ReconciliationKind } from './merchant-record.js';

/** One side of an item, as far as that side knows it. Amounts in minor units. */
export interface ItemSide {
  readonly status?: string;
  readonly currency?: string;
  /** Charge: amount paid; payout: amount sent; refund group: sum of refunds; settlement: net. */
  readonly amount?: bigint;
  readonly fee?: bigint;
  /** Charges: sum of refunds. */
  readonly refunded?: bigint;
  readonly time?: Date;
}

export interface StatusPair {
  readonly merchant: string;
  readonly provider: string;
}

/** What `repair` did for an item (only `status_mismatch` items are ever repaired). */
export interface ItemRepair {
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
  readonly category: ReconciliationCategory;
  readonly kind: ReconciliationKind | 'settlement';
  readonly reference: string;
  readonly providerReference?: string;
  /** The currency of the amounts below: the report's currency. */
  readonly currency: string;
  /** Merchant amount when the merchant has the item, else the provider's. */
  readonly amount: bigint;
  /** Provider minus merchant (a missing side counts as 0): what this item adds to the variance. */
  readonly difference: bigint;
  readonly merchant?: ItemSide;
  readonly provider?: ItemSide;
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
  readonly repair?: ItemRepair;
}

export interface CategorySummary {
  readonly count: number;
  /** Sum of the items' `amount`. */
  readonly amount: bigint;
  /** Sum of the items' `difference`. */
  readonly difference: bigint;
}

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
  readonly payoutFees: bigint;
  /** Σ `difference` of every item that is not `matched`: what finance must explain. */
  readonly variance: bigint;
}

export interface ReconciliationReport {
  readonly object: 'reconciliation_report';
  readonly provider: string;
  readonly currency: string;
  /** The business day, `yyyy-MM-dd` in `timeZone`. */
  readonly day: string;
  readonly timeZone: string;
  /** The day in UTC: `[start, end)`. */
  readonly start: Date;
  readonly end: Date;
  readonly lookAroundMs: number;
  readonly tolerance: bigint;
  /** Items sorted by `id`. */
  readonly items: readonly ReconciliationItem[];
  /** Every category, in precedence order, with zeroes for the empty ones. */
  readonly summary: Readonly<Record<ReconciliationCategory, CategorySummary>>;
  readonly totals: ReconciliationTotals;
  /** How many inputs each side supplied, and which belonged to another day (look-around only). */
  readonly inputs: { readonly merchant: number; readonly provider: number };
  readonly excluded: readonly string[];
  readonly repaired: number;
}
