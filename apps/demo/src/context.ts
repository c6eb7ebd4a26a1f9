import type { Paymux } from '@paymux/core';
import type { ActivityLog } from './activity/activity-log.js';
import type { Changes } from './live/changes.js';
import type { Janitor } from './reconciliation/janitor.js';
import type { OrderBook } from './records/orders.js';
import type { PayoutBook } from './records/payouts.js';
import type { SandboxControl } from './sandbox/sandbox-control.js';

/** What every page handler gets: the paymux client and the shop's own records. */
export interface DemoContext {
  readonly paymux: Paymux;
  readonly orders: OrderBook;
  readonly payouts: PayoutBook;
  readonly activity: ActivityLog;
  readonly changes: Changes;
  readonly sandbox: SandboxControl;
  /** The scheduled reconciliation janitor (set once the app started). */
  janitor?: Janitor;
  /** Where the shop's data lives (for the footer/banner). */
  readonly storeLocation: string;
}
