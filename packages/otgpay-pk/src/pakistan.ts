import { type CountryAdapter, defineCountryAdapter, type LimitOverrides } from '@paymux/otgpay';
import { pakistanBanks } from './banks.js';
import { normalizeCnic } from './cnic.js';
import { PAKISTAN_METHODS } from './methods.js';
import { normalizePayoutAccount } from './payout-account.js';
import { PAKISTAN_PAYOUT_CHANNELS } from './payout-channels.js';
import { normalizePakistanPhone } from './phone.js';

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
    normalizeAccountNumber: normalizePayoutAccount,
    banks: pakistanBanks,
  });
}
