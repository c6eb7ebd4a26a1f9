import type { Charge } from '../resources/charge.js';
import type { Payout } from '../resources/payout.js';
import type { Settlement } from '../resources/settlement.js';
import type { StatementEntry } from '../resources/statement-entry.js';

/** The answer of a per-order query: the object, or `not_found`. */
export type QueriedOrder =
  | {
      /** A `getCharge` answer. */
      readonly kind: 'charge';
      /** The provider has the charge. */
      readonly found: true;
      /** The charge as the provider reports it now. */
      readonly charge: Charge;
    }
  | {
      /** A `getPayout` answer. */
      readonly kind: 'payout';
      /** The provider has the payout. */
      readonly found: true;
      /** The payout as the provider reports it now. */
      readonly payout: Payout;
    }
  | {
      /** Which query was asked. */
      readonly kind: 'charge' | 'payout';
      /** The provider answered `not_found`. */
      readonly found: false;
    };

/** What the provider reports for the window around one business day. */
export interface ProviderRecords {
  /** Statement entries whose time lies in the look-around window (others are ignored). */
  readonly entries: readonly StatementEntry[];
  /** Settlement records; those dated on the business day are checked. */
  readonly settlements: readonly Settlement[];
  /** Per-order query answers, by `${kind}:${reference}`. */
  readonly queried: ReadonlyMap<string, QueriedOrder>;
}
