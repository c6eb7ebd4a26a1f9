import type { Hono } from 'hono';
import type { DemoContext } from '../context.js';
import { balancesPage } from './balances.js';
import { checkoutPage } from './checkout.js';
import { orderDetailPage } from './order-detail.js';
import { orderStatusPage } from './order-status.js';
import { ordersPage } from './orders.js';
import { payoutBatchPage } from './payout-batch.js';
import { payoutsPage } from './payouts.js';
import { reconciliationPage } from './reconciliation.js';
import { sandboxPage } from './sandbox.js';
import { settlementsPage } from './settlements.js';
import { statementPage } from './statement.js';

/** A page module registers its routes. Add a page: one module here + one entry in `ui/nav.ts`. */
export type PageModule = (app: Hono, ctx: DemoContext) => void;

export const PAGES: readonly PageModule[] = [
  checkoutPage,
  orderStatusPage,
  ordersPage,
  orderDetailPage,
  payoutsPage,
  payoutBatchPage,
  balancesPage,
  settlementsPage,
  statementPage,
  reconciliationPage,
  sandboxPage,
];
