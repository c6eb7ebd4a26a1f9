/**
 * Regenerates the part of docs/countries/pakistan.md between its generated markers from the
 * adapter's data (`pnpm generate`; `--check` only compares and exits 1 when the page is
 * stale). `test/country-page.test.ts` fails when the committed page differs.
 */
import { money } from '@paymux/core';
import type { CountryPageData } from '@paymux/otgpay';
import { countryPagePath, runCountryPageScript } from '../../../scripts/country-page.js';
import { PAKISTAN_BANKS, pakistan } from '../src/index.js';

export const PAGE_PATH = countryPagePath('pakistan.md');

/** The page's data besides the adapter, and its examples (the adapter must accept them). */
export const PAGE_DATA: CountryPageData = {
  banks: PAKISTAN_BANKS,
  examples: {
    charge: {
      reference: 'order-1001',
      money: money.pkr('1500'),
      country: 'PK',
      method: { type: 'ewallet', channel: 'JazzCash' },
      customer: {
        name: 'Ayesha Khan',
        email: 'ayesha@example.com.pk',
        phone: '+92 300 1234567',
        nationalId: '35202-1234567-1',
      },
      description: 'Order 1001',
    },
    payout: {
      reference: 'payout-2001',
      money: money.pkr('25000'),
      country: 'PK',
      destination: {
        type: 'bank_account',
        bank: 'Standard Chartered',
        accountNumber: 'PK36 SCBL 0000 0011 2345 6702',
      },
      recipient: {
        name: 'Bilal Ahmed',
        email: 'bilal@example.com.pk',
        phone: '0321-7654321',
        nationalId: '42101-7654321-3',
      },
    },
  },
};

runCountryPageScript(import.meta.url, PAGE_PATH, pakistan(), PAGE_DATA);
