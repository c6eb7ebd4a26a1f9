import { addDays, type BusinessDay, businessDay } from './business-day.js';

/** Fee rates agreed with the provider, in basis points, rounded down. */
export interface FeeRates {
  /** Fee on a charge, in basis points of its amount (250 = 2.5 %), 0–10000. */
  readonly chargeBps?: number;
  /** Fee on a payout, in basis points of its amount, 0–10000. */
  readonly payoutBps?: number;
  /**
   * The minor units the provider charges fees in, rounded down to a multiple of it
   * (OTGPAY IDR: 100, whole rupiah; THB/PKR: 1). Default 1.
   */
  readonly unit?: bigint;
}

/** Everything a classification depends on besides the records themselves. */
export interface ReconcileRules {
  /** The business day reconciled. */
  readonly day: BusinessDay;
  /** ISO 4217 code of the report. */
  readonly currency: string;
  /** How far outside the day records are still matched (`cut_off_timing`), in milliseconds. */
  readonly lookAroundMs: number;
  /** Largest amount difference (minor units) still reported as `matched_within_tolerance`. */
  readonly tolerance: bigint;
  /** The agreed fee rates; without them fees are not checked against a rate. */
  readonly fees?: FeeRates;
  /** Epoch ms the report is made at (settlement lag). */
  readonly now: number;
  /** Epoch ms by which the money of local day `date` must be settled. */
  settlementDue(date: string): number;
  /** Local days that have a settlement record. */
  readonly settledDays: ReadonlySet<string>;
  /** How far apart in time a reference-less pair may be to be reported as probable. */
  readonly probableWindowMs: number;
}

/** What {@link reconcileRules} builds {@link ReconcileRules} from. */
export interface RulesInput {
  /** The business day (from {@link businessDay}). */
  readonly day: BusinessDay;
  /** ISO 4217 code of the report. */
  readonly currency: string;
  /** Look-around window in milliseconds. */
  readonly lookAroundMs: number;
  /** Largest difference still `matched_within_tolerance`, in minor units. */
  readonly tolerance: bigint;
  /** The agreed fee rates, if known. */
  readonly fees?: FeeRates;
  /** When the report is made, in milliseconds since the epoch. */
  readonly now: number;
  /** Whole days after a business day by whose end it must be settled (OTGPAY T+1: 1). */
  readonly settlementLagDays: number;
  /** Dates (`yyyy-MM-dd`, provider time) that have settlement records. */
  readonly settledDays: Iterable<string>;
  /** How far apart a reference-less pair may be to be `probable_match`, in milliseconds; 0 turns it off. */
  readonly probableWindowMs: number;
}

/** Rules with `settlementDue` computed in the business day's time zone. */
export function reconcileRules(input: RulesInput): ReconcileRules {
  const { timeZone } = input.day;
  return {
    day: input.day,
    currency: input.currency,
    lookAroundMs: input.lookAroundMs,
    tolerance: input.tolerance,
    ...(input.fees ? { fees: input.fees } : {}),
    now: input.now,
    settledDays: new Set(input.settledDays),
    probableWindowMs: input.probableWindowMs,
    settlementDue: (date) => businessDay(addDays(date, input.settlementLagDays), timeZone).end,
  };
}
