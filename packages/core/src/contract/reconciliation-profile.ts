import type { FeeRates } from '../reconciliation/rules.js';

/** What a provider tells `paymux.reconcile` about how it keeps its books. */
export interface ReconciliationProfile {
  /** The currency these facts are for. */
  readonly currency: string;
  /**
   * The IANA time zone whose calendar days the provider's statement and settlement dates
   * use, e.g. `Asia/Jakarta`. A business day is `[00:00, 24:00)` in it.
   */
  readonly timeZone: string;
  /** Whole days after a business day by whose end its money is settled (T+1: 1). */
  readonly settlementLagDays: number;
  /** The fee rates the provider charges, when it knows them (merchant options win). */
  readonly fees?: FeeRates;
}
