import { ValidationError } from '@paymux/core';
import { type CountryAdapter, defineCountryAdapter, type LimitOverrides } from '@paymux/otgpay';
import {
  describeIndonesianAccountNumber,
  normalizeIndonesianAccountNumber,
} from './bank-account-number.js';
import { indonesiaBanks } from './banks.js';
import { indonesiaEwallets } from './ewallets.js';
import { DEFAULT_QRIS_BANK, indonesiaMethods } from './methods.js';
import { normalizeNik } from './nik.js';
import { INDONESIA_PAYOUT_CHANNELS } from './payout-channels.js';
import { normalizeIndonesianPhone } from './phone.js';

export interface IndonesiaOptions {
  /**
   * Your own limits in IDR minor units (whole rupiah), keyed by family or method: `qr`,
   * `virtual_account`, `virtual_account:014`, `ewallet:OVO` (see `LimitOverrides`).
   */
  readonly limits?: LimitOverrides;
  /**
   * Your own payout limits in minor units, keyed by destination type or channel:
   * `bank_account`, `ewallet`, `ewallet:<WALLET>`, `bank_account:<BANK CODE>`.
   */
  readonly payoutLimits?: LimitOverrides;
  /** The bank sent as `inBankCode` with QRIS (code, name or alias). Default `014` (BCA). */
  readonly qrisBank?: string;
}

/** Names typed on some keyboards arrive decomposed (`e` + U+0302); the wire wants letters. */
export function indonesia(options: IndonesiaOptions = {}): CountryAdapter {
  const qrisBank = indonesiaBanks.find(options.qrisBank ?? DEFAULT_QRIS_BANK);
  if (!qrisBank) {
    throw new ValidationError(`qrisBank "${options.qrisBank}" is not an Indonesian bank`, {
      field: 'qrisBank',
      rule: 'enum',
    });
  }
  const base = defineCountryAdapter({
    country: 'ID',
    currency: 'IDR',
    wireExponent: 0,
    utcOffset: '+07:00',
    methods: indonesiaMethods(qrisBank.code),
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.payoutLimits ? { payoutLimits: options.payoutLimits } : {}),
    payoutChannels: INDONESIA_PAYOUT_CHANNELS,
    normalizePhone: normalizeIndonesianPhone,
    phoneExample: '081234567890',
    countryName: 'Indonesia',
    phoneRule:
      "08 and an operator's prefix (0811-0813, 0821-0823, 0851-0853 Telkomsel; 0814-0816, " +
      '0855-0858 Indosat; 0817-0819, 0859, 0877-0878 XL; 0831-0833, 0838 AXIS; 0895-0899 Tri; ' +
      '0881-0889 Smartfren), 10-13 digits in all, or +62 without the 0',
    normalizeNationalId: normalizeNik,
    nationalIdRule: 'NIK: 16 digits (province, regency, district, birth date, serial)',
    describeAccountNumber: describeIndonesianAccountNumber,
    payoutRequiresNationalId: false,
    normalizeAccountNumber: normalizeIndonesianAccountNumber,
    banks: indonesiaBanks,
    wallets: indonesiaEwallets,
  });

  return {
    ...base,
    fromWireMethod(payType: string, inBankCode: string) {
      // QRIS is one method whichever acquiring bank the order went through.
      if (payType === 'QR') return { type: 'qr' };
      return base.fromWireMethod(payType, inBankCode);
    },
  };
}
