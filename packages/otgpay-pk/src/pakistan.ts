import {
  type CountryAdapter,
  defineCountryAdapter,
  type LimitOverrides,
  type PayoutChannelInfo,
} from '@paymux/otgpay';
import { pakistanBanks } from './banks.js';
import { normalizeCnic } from './cnic.js';
import { PAKISTAN_METHODS } from './methods.js';
import { normalizePayoutAccount } from './payout-account.js';
import { PAKISTAN_PAYOUT_CHANNELS } from './payout-channels.js';
import { normalizePakistanPhone } from './phone.js';

/** What a valid payout account number looks like, for messages and the country page. */
function describeAccountNumber(channel: PayoutChannelInfo): string {
  if (channel.accountType === 'EWALLET') return "the wallet's mobile number, e.g. 0300-1234567";
  return `an IBAN at this bank: PK, 2 check digits, ${channel.bankCode}, 16 digits`;
}

/**
 * Options of {@link pakistan}: the merchant's own limits where its OTGPAY contract differs
 * from the defaults. Checked when the adapter is built; a mistake is a `ValidationError`
 * naming `limits.<key>` or `payoutLimits.<key>`.
 */
export interface PakistanOptions {
  /**
   * Your own limits in paisa, keyed by family or method: `ewallet`, `ewallet:JAZZCASH`,
   * `bank_transfer:RAAST` (see `LimitOverrides` in `@paymux/otgpay`).
   */
  readonly limits?: LimitOverrides;
  /**
   * Your own payout limits in minor units, keyed by destination type or channel:
   * `bank_account`, `ewallet`, `ewallet:<WALLET>`, `bank_account:<BANK CODE>`.
   */
  readonly payoutLimits?: LimitOverrides;
}

/**
 * The OTGPAY country adapter for Pakistan (PKR, wire amounts with 2 decimals, UTC+5):
 * JazzCash, Easypaisa and Raast collections; payouts to an IBAN at any bank of
 * `pakistanBanks` or to a JazzCash/Easypaisa wallet, always with the recipient's CNIC.
 *
 * What it enforces before anything is sent (a `ValidationError` naming the field):
 * - **methods** ({@link PAKISTAN_METHODS}): JazzCash and Easypaisa wallets (`{ type:
 *   'ewallet', channel: 'JAZZCASH' }`, PKR 10.00–50,000.00; JazzCash also needs
 *   `customer.nationalId`) and Raast from any bank (`{ type: 'bank_transfer', channel:
 *   'RAAST' }`, PKR 10.00–1,000,000.00);
 * - **phone**: a Pakistani mobile number, sent as `03XXXXXXXXX` (`+92 300 1234567` is
 *   accepted, see {@link normalizePakistanPhone});
 * - **CNIC** (`customer.nationalId`, `recipient.nationalId`): 13 digits, dashes optional,
 *   sent as `idCard` without dashes ({@link normalizeCnic}); required for JazzCash and for
 *   every payout;
 * - **payouts**: to a bank account given as its IBAN — 24 characters, valid MOD-97 check
 *   digits, and a bank identifier equal to `destination.bank` (so money meant for HBL
 *   cannot go to another bank; see {@link normalizePayoutAccount}) — or to a JazzCash or
 *   Easypaisa wallet (its mobile number), within {@link PAKISTAN_PAYOUT_LIMITS};
 * - **name**: 1–30 letters (Urdu diacritics count as code points), spaces and `' . -`;
 *   **email**: an address.
 *
 * @param options - your own limits; defaults are documented on each constant
 * @throws `ValidationError` (field `limits.*`, `payoutLimits.*`) for a bad option
 *
 * @example
 * ```ts
 * import { createPaymux } from '@paymux/core';
 * import { otgpay } from '@paymux/otgpay';
 * import { pakistan } from '@paymux/otgpay-pk';
 *
 * const paymux = createPaymux({
 *   providers: [
 *     otgpay({
 *       country: pakistan({ limits: { 'ewallet:EASYPAISA': { max: 10_000_000n } } }), // PKR 100,000.00
 *       appId: process.env.OTGPAY_PK_APP_ID ?? '',
 *       apiKey: process.env.OTGPAY_PK_API_KEY ?? '',
 *       merchantPrivateKey: process.env.OTGPAY_MERCHANT_PRIVATE_KEY ?? '',
 *       platformPublicKey: process.env.OTGPAY_PLATFORM_PUBLIC_KEY ?? '',
 *       baseUrl: process.env.OTGPAY_PK_BASE_URL ?? '',
 *       notifyUrl: 'https://shop.example/webhooks/otgpay',
 *     }),
 *   ],
 * });
 *
 * await paymux.payouts.create({
 *   reference: 'payout-3001',
 *   money: { amount: 2_500_000n, currency: 'PKR' }, // PKR 25,000.00, sent as "25000.00"
 *   country: 'PK',
 *   destination: { type: 'bank_account', bank: 'MCB', accountNumber: 'PK24 MUCB 0646 6099 7100 0177' },
 *   recipient: {
 *     name: 'Ayesha Khan',
 *     email: 'ayesha@example.com',
 *     phone: '0300-1234567',
 *     nationalId: '35202-1234567-1',
 *   },
 * });
 * ```
 */
export function pakistan(options: PakistanOptions = {}): CountryAdapter {
  return defineCountryAdapter({
    country: 'PK',
    currency: 'PKR',
    wireExponent: 2,
    utcOffset: '+05:00',
    methods: PAKISTAN_METHODS,
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.payoutLimits ? { payoutLimits: options.payoutLimits } : {}),
    payoutChannels: PAKISTAN_PAYOUT_CHANNELS,
    normalizePhone: normalizePakistanPhone,
    phoneExample: '03001234567',
    countryName: 'Pakistan',
    phoneRule: '11 digits starting 03, or +92 3… without the 0',
    normalizeNationalId: normalizeCnic,
    nationalIdRule:
      'CNIC: 13 digits written #####-#######-# (dashes optional), first digit 1-8 (the province)',
    payoutRequiresNationalId: true,
    describeAccountNumber,
    normalizeAccountNumber: normalizePayoutAccount,
    banks: pakistanBanks,
  });
}
