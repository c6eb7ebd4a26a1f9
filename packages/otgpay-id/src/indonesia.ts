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

/**
 * Options of {@link indonesia}: the merchant's own limits where its OTGPAY contract differs
 * from the defaults, and the QRIS acquiring bank. Every option is checked when the adapter is
 * built; a mistake is a `ValidationError` naming `limits.<key>`, `payoutLimits.<key>` or
 * `qrisBank`, never a failure on the first payment.
 */
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

/**
 * The OTGPAY country adapter for Indonesia: IDR, amounts on the wire in whole rupiah (no
 * decimals: `money.amount` of `15_000_000n` minor units is `"150000"`), dates in UTC+7. Pure
 * data and rules, no I/O; pass it as `country` to `otgpay({...})`.
 *
 * What it enforces before anything is sent (a `ValidationError` naming the field):
 * - **methods**: QRIS (`{ type: 'qr' }`, Rp 10.000–10.000.000, OTGPAY's limit), a virtual
 *   account per bank of {@link VIRTUAL_ACCOUNT_BANKS} (`{ type: 'virtual_account', channel:
 *   'BCA' }` or `'014'`, Rp 10.000–50.000.000) and the e-wallets of {@link INDONESIA_EWALLETS}
 *   (`{ type: 'ewallet', channel: 'OVO' }`, Rp 10.000–10.000.000); banks and wallets are
 *   found by code, name or alias;
 * - **phone**: an Indonesian mobile number on an assigned operator prefix, sent as `08…`
 *   (10–13 digits; `+62 812-3456-7890` is accepted, see {@link normalizeIndonesianPhone});
 * - **national id**: optional; when given, a 16-digit NIK ({@link normalizeNik});
 * - **payouts**: to an account at any bank of {@link INDONESIA_BANKS} (digits, the bank's
 *   known length) or to an e-wallet (its phone number), within {@link INDONESIA_PAYOUT_LIMITS};
 * - **name**: 1–30 letters, spaces and `' . -`; **email**: an address.
 *
 * @param options - your own limits and QRIS bank; defaults are documented on each constant
 * @throws `ValidationError` (field `qrisBank`, `limits.*`, `payoutLimits.*`) for a bad option
 *
 * @example
 * ```ts
 * import { createPaymux } from '@paymux/core';
 * import { otgpay } from '@paymux/otgpay';
 * import { indonesia } from '@paymux/otgpay-id';
 *
 * const paymux = createPaymux({
 *   providers: [
 *     otgpay({
 *       // your contract allows virtual-account payments up to Rp 100.000.000 (minor units,
 *       // exponent 2); QRIS stays at OTGPAY's own Rp 10.000.000
 *       country: indonesia({ limits: { virtual_account: { max: 10_000_000_000n } } }),
 *       appId: process.env.OTGPAY_ID_APP_ID ?? '',
 *       apiKey: process.env.OTGPAY_ID_API_KEY ?? '',
 *       merchantPrivateKey: process.env.OTGPAY_MERCHANT_PRIVATE_KEY ?? '',
 *       platformPublicKey: process.env.OTGPAY_PLATFORM_PUBLIC_KEY ?? '',
 *       baseUrl: process.env.OTGPAY_ID_BASE_URL ?? '',
 *       notifyUrl: 'https://shop.example/webhooks/otgpay',
 *     }),
 *   ],
 * });
 *
 * await paymux.charges.create({
 *   reference: 'order-1001',
 *   money: { amount: 15_000_000n, currency: 'IDR' }, // Rp 150.000
 *   country: 'ID',
 *   method: { type: 'virtual_account', channel: 'BCA' },
 *   customer: { name: 'Budi Santoso', email: 'budi@example.com', phone: '0812-3456-7890' },
 * });
 * ```
 */
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
