/**
 * Regenerates the part of docs/countries/indonesia.md between its generated markers from the
 * adapter's data (`pnpm generate`; `--check` only compares and exits 1 when the page is
 * stale). `test/country-page.test.ts` fails when the committed page differs.
 */
import { money } from '@paymux/core';
import type { CountryPageData } from '@paymux/otgpay';
import { countryPagePath, runCountryPageScript } from '../../../scripts/country-page.js';
import { INDONESIA_BANKS, indonesia, indonesiaEwallets } from '../src/index.js';

export const PAGE_PATH = countryPagePath('indonesia.md');

/** The page's data besides the adapter, and its examples (the adapter must accept them). */
export const PAGE_DATA: CountryPageData = {
  banks: INDONESIA_BANKS,
  wallets: indonesiaEwallets.banks,
  examples: {
    charge: {
      reference: 'order-1001',
      money: money.idr('150000'),
      country: 'ID',
      method: { type: 'virtual_account', channel: 'BCA' },
      customer: { name: 'Budi Santoso', email: 'budi@example.co.id', phone: '+62 812-3456-7890' },
      description: 'Order 1001',
    },
    payout: {
      reference: 'payout-2001',
      money: money.idr('250000'),
      country: 'ID',
      destination: {
        type: 'bank_account',
        bank: 'Bank Central Asia',
        accountNumber: '123-456-7890',
      },
      recipient: { name: 'Siti Rahayu', email: 'siti@example.co.id', phone: '0812 9876 5432' },
    },
  },
};

runCountryPageScript(import.meta.url, PAGE_PATH, indonesia(), PAGE_DATA);
