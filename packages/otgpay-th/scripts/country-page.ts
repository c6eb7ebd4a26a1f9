/**
 * Regenerates the part of docs/countries/thailand.md between its generated markers from the
 * adapter's data (`pnpm generate`; `--check` only compares and exits 1 when the page is
 * stale). `test/country-page.test.ts` fails when the committed page differs.
 */
import { money } from '@paymux/core';
import type { CountryPageData } from '@paymux/otgpay';
import { countryPagePath, runCountryPageScript } from '../../../scripts/country-page.js';
import { THAI_BANKS, thailand, thailandWallets } from '../src/index.js';

export const PAGE_PATH = countryPagePath('thailand.md');

/** The page's data besides the adapter, and its examples (the adapter must accept them). */
export const PAGE_DATA: CountryPageData = {
  banks: THAI_BANKS,
  wallets: thailandWallets.banks,
  examples: {
    charge: {
      reference: 'order-1001',
      money: money.thb('1500'),
      country: 'TH',
      method: { type: 'qr' },
      customer: { name: 'Somchai Jaidee', email: 'somchai@example.co.th', phone: '081-234-5678' },
      description: 'Order 1001',
    },
    payout: {
      reference: 'payout-2001',
      money: money.thb('2500.50'),
      country: 'TH',
      destination: { type: 'bank_account', bank: 'KBank', accountNumber: '123-4-56789-0' },
      recipient: { name: 'Malee Srisuk', email: 'malee@example.co.th', phone: '+66 89 876 5432' },
    },
  },
};

runCountryPageScript(import.meta.url, PAGE_PATH, thailand(), PAGE_DATA);
