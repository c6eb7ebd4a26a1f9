import type { Charge } from '../resources/charge.js';
import type { Payout } from '../resources/payout.js';
import type { Settlement } from '../resources/settlement.js';
import type { StatementEntry } from '../resources/statement-entry.js';

/** The answer of a per-order query: the object, or `not_found`. */
export type QueriedOrder =
  | { readonly kind: 'charge'; readonly found: true; readonly charge: Charge }
  | { readonly kind: 'payout'; readonly found: true; readonly payout: Payout }
  | { readonly kind: 'charge' | 'payout'; readonly found: false };

/** What the provider reports for the window around one business day. */
export interface ProviderRecords {
  /** Statement entries whose time lies in the look-around window (others are ignored). */
  readonly entries: readonly StatementEntry[];
  /** Settlement records; those dated on the business day are checked. */
  readonly settlements: readonly Settlement[];
  /** Per-order query answers, by `${kind}:${reference}`. */
  readonly queried: ReadonlyMap<string, QueriedOrder>;
}
