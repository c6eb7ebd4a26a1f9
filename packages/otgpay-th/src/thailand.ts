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
