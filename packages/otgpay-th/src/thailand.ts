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

export interface ThailandOptions {
  /**
   * Your own limits in satang, keyed by family or method: `qr`, `mobile_banking:014`,
   * `ewallet:TRUEMONEY` (see `LimitOverrides` in `@paymux/otgpay`).
   */
  readonly limits?: LimitOverrides;
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
    payoutChannels: THAI_PAYOUT_CHANNELS,
    normalizePhone: normalizeThaiPhone,
    phoneExample: THAI_PHONE_EXAMPLE,
    normalizeNationalId: normalizeThaiCitizenId,
    payoutRequiresNationalId: false,
    normalizeAccountNumber,
    banks: thailandBanks,
  });
}
