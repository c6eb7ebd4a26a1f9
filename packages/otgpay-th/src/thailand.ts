import {
  type CountryAdapter,
  defineCountryAdapter,
  type LimitOverrides,
  type PayoutChannelInfo,
} from '@paymux/otgpay';
import { normalizeThaiBankAccountNumber } from './bank-account-number.js';
import { thailandBanks } from './banks.js';
import { normalizeThaiCitizenId } from './citizen-id.js';
import { PROMPTPAY, THAI_METHODS, TRUEMONEY } from './methods.js';
import { THAI_PAYOUT_CHANNELS } from './payout-channels.js';
import { normalizeThaiPhone, THAI_PHONE_EXAMPLE } from './phone.js';
import { normalizePromptPayId } from './promptpay-id.js';
import { thailandWallets } from './wallets.js';

function describeAccountNumber(channel: PayoutChannelInfo): string {
  if (channel.bankCode === PROMPTPAY) {
    return 'a PromptPay id: a 10-digit mobile number like 081-234-5678 or a 13-digit citizen id';
  }
  if (channel.bankCode === TRUEMONEY) return "the wallet's mobile number, e.g. 081-234-5678";
  return 'Thai bank account numbers are 10 to 12 digits, e.g. 123-4-56789-0';
}

/**
 * Options of {@link thailand}: the merchant's own limits where its OTGPAY contract differs
 * from the defaults. Checked when the adapter is built; a mistake is a `ValidationError`
 * naming `limits.<key>` or `payoutLimits.<key>`.
 */
export interface ThailandOptions {
  /**
   * Your own limits in satang, keyed by family or method: `qr`, `mobile_banking:014`,
   * `ewallet:TRUEMONEY` (see `LimitOverrides` in `@paymux/otgpay`).
   */
  readonly limits?: LimitOverrides;
  /**
   * Your own payout limits in minor units, keyed by destination type or channel:
   * `bank_account`, `ewallet`, `ewallet:<WALLET>`, `bank_account:<BANK CODE>`.
   */
  readonly payoutLimits?: LimitOverrides;
}

function normalizeAccountNumber(channel: PayoutChannelInfo, raw: string): string | undefined {
  if (channel.bankCode === PROMPTPAY) return normalizePromptPayId(raw);
  if (channel.bankCode === TRUEMONEY) return normalizeThaiPhone(raw);
  return normalizeThaiBankAccountNumber(raw);
}

/**
 * The OTGPAY country adapter for Thailand (THB, amounts on the wire with 2 decimals, UTC+7):
 * PromptPay QR, mobile banking at SCB/KBANK/KTB/BBL/BAY, TrueMoney Wallet; payouts to any bank
 * of `thailandBanks`, to PromptPay ids and to TrueMoney wallets. Pure: no I/O.
 *
 * What it enforces before anything is sent (a `ValidationError` naming the field):
 * - **methods**: PromptPay QR (`{ type: 'qr' }`, ฿1.00–฿700,000.00), mobile banking by Bank
 *   of Thailand code or name (`{ type: 'mobile_banking', channel: 'KBANK' }` or `'004'`,
 *   ฿1.00 to ฿200,000.00 or ฿500,000.00 per bank) and TrueMoney Wallet (`{ type: 'ewallet',
 *   channel: 'TRUEMONEY' }`, ฿1.00–฿30,000.00); see {@link THAI_METHODS};
 * - **phone**: a Thai mobile number, 10 digits starting 06, 08 or 09, sent as `0XXXXXXXXX`
 *   (`+66 81 234 5678` is accepted, see {@link normalizeThaiPhone});
 * - **national id**: optional; when given, a 13-digit citizen id with a valid check digit
 *   ({@link normalizeThaiCitizenId});
 * - **payouts**: to a 10–12 digit account at any bank of {@link THAI_BANKS}, to a PromptPay id
 *   (mobile number or citizen id) or a TrueMoney wallet (its mobile number), within
 *   {@link THAI_PAYOUT_LIMITS}; `destination.type` is `ewallet` for PromptPay and TrueMoney;
 * - **name**: 1–30 letters (Thai vowel and tone marks count as code points), spaces and
 *   `' . -`; **email**: an address.
 *
 * @param options - your own limits; defaults are documented on each constant
 * @throws `ValidationError` (field `limits.*`, `payoutLimits.*`) for a bad option
 *
 * @example
 * ```ts
 * import { createPaymux } from '@paymux/core';
 * import { otgpay } from '@paymux/otgpay';
 * import { thailand } from '@paymux/otgpay-th';
 *
 * const paymux = createPaymux({
 *   providers: [
 *     otgpay({
 *       country: thailand({ payoutLimits: { bank_account: { max: 500_000_000n } } }), // ฿5,000,000.00
 *       appId: process.env.OTGPAY_TH_APP_ID ?? '',
 *       apiKey: process.env.OTGPAY_TH_API_KEY ?? '',
 *       merchantPrivateKey: process.env.OTGPAY_MERCHANT_PRIVATE_KEY ?? '',
 *       platformPublicKey: process.env.OTGPAY_PLATFORM_PUBLIC_KEY ?? '',
 *       baseUrl: process.env.OTGPAY_TH_BASE_URL ?? '',
 *       notifyUrl: 'https://shop.example/webhooks/otgpay',
 *     }),
 *   ],
 * });
 *
 * await paymux.charges.create({
 *   reference: 'order-2001',
 *   money: { amount: 150_050n, currency: 'THB' }, // ฿1,500.50, sent as "1500.50"
 *   country: 'TH',
 *   method: { type: 'qr' }, // PromptPay QR
 *   customer: { name: 'Somchai Jaidee', email: 'somchai@example.com', phone: '081-234-5678' },
 * });
 * ```
 */
export function thailand(options: ThailandOptions = {}): CountryAdapter {
  return defineCountryAdapter({
    country: 'TH',
    currency: 'THB',
    wireExponent: 2,
    utcOffset: '+07:00',
    methods: THAI_METHODS,
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.payoutLimits ? { payoutLimits: options.payoutLimits } : {}),
    payoutChannels: THAI_PAYOUT_CHANNELS,
    normalizePhone: normalizeThaiPhone,
    phoneExample: THAI_PHONE_EXAMPLE,
    countryName: 'Thailand',
    phoneRule: '10 digits starting 06, 08 or 09, or +66 without the 0',
    normalizeNationalId: normalizeThaiCitizenId,
    nationalIdRule: 'Thai citizen id: 13 digits with a valid check digit, e.g. 1-1017-00230-70-8',
    describeAccountNumber,
    payoutRequiresNationalId: false,
    normalizeAccountNumber,
    banks: thailandBanks,
    wallets: thailandWallets,
  });
}
