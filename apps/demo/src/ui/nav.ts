/**
 * The navigation, in order. A new back-office page (e.g. reconciliation) adds one entry
 * here and one module under `src/pages/` registered in `src/pages/index.ts`.
 */
export interface NavItem {
  readonly href: string;
  readonly label: string;
  /** Which section the item belongs to. */
  readonly section: 'shop' | 'back office' | 'sandbox';
}

export const NAV: readonly NavItem[] = [
  { href: '/', label: 'Checkout', section: 'shop' },
  { href: '/orders', label: 'Orders', section: 'back office' },
  { href: '/payouts', label: 'Payouts', section: 'back office' },
  { href: '/balances', label: 'Balances', section: 'back office' },
  { href: '/settlements', label: 'Settlements', section: 'back office' },
  { href: '/statement', label: 'Statement', section: 'back office' },
  { href: '/reconciliation', label: 'Reconciliation', section: 'back office' },
  { href: '/sandbox', label: 'Sandbox faults', section: 'sandbox' },
];
