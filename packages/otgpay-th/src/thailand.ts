import { type PaymentMethod, ValidationError } from '@paymux/core';
import {
  type CollectionMethodInfo,
  type CountryAdapter,
  defineCountryAdapter,
  type PayoutChannelInfo,
} from '@paymux/otgpay';
import { normalizeThaiBankAccountNumber } from './bank-account-number.js';
import { thailandBanks } from './banks.js';
import { normalizeThaiCitizenId } from './citizen-id.js';
import { PROMPTPAY, THAI_METHODS, TRUEMONEY } from './methods.js';
import { THAI_PAYOUT_CHANNELS } from './payout-channels.js';
import { normalizeThaiPhone, THAI_PHONE_EXAMPLE } from './phone.js';
import { normalizePromptPayId } from './promptpay-id.js';

/** Inclusive limits in THB minor units (`100n` is ฿1.00). Either end may be left as is. */
export interface MethodLimits {
  readonly minAmount?: bigint;
  readonly maxAmount?: bigint;
}

export interface ThailandOptions {
  /**
   * Per-method limit overrides (e.g. the ones in your OTGPAY contract), keyed by
   * `thailandMethodKey`: `qr`, `mobile_banking:014`, `ewallet:TRUEMONEY`.
   */
  readonly limits?: Readonly<Record<string, MethodLimits>>;
}

/** The key of a method in `ThailandOptions.limits`: its type, and `:channel` if it has one. */
export function thailandMethodKey(method: PaymentMethod): string {
  return method.channel ? `${method.type}:${method.channel.toUpperCase()}` : method.type;
}

function withLimits(
  methods: readonly CollectionMethodInfo[],
  limits: Readonly<Record<string, MethodLimits>>,
): readonly CollectionMethodInfo[] {
  const keys = new Set(methods.map((m) => thailandMethodKey(m.method)));
  for (const key of Object.keys(limits)) {
    if (!keys.has(key)) {
      throw new ValidationError(`No Thai method "${key}"; one of: ${[...keys].join(', ')}`, {
        field: `limits.${key}`,
        rule: 'enum',
      });
    }
  }
  return methods.map((m) => {
    const key = thailandMethodKey(m.method);
    const override = limits[key];
    if (!override) return m;
    const minAmount = override.minAmount ?? m.minAmount;
    const maxAmount = override.maxAmount ?? m.maxAmount;
    if (typeof minAmount !== 'bigint' || typeof maxAmount !== 'bigint') {
      throw new ValidationError(`limits.${key} must be bigint minor units`, {
        field: `limits.${key}`,
        rule: 'integer',
      });
    }
    if (minAmount <= 0n || maxAmount < minAmount) {
      throw new ValidationError(`limits.${key} needs 0 < minAmount <= maxAmount`, {
        field: `limits.${key}`,
        rule: 'range',
      });
    }
    return { ...m, minAmount, maxAmount };
  });
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
    methods: withLimits(THAI_METHODS, options.limits ?? {}),
    payoutChannels: THAI_PAYOUT_CHANNELS,
    normalizePhone: normalizeThaiPhone,
    phoneExample: THAI_PHONE_EXAMPLE,
    normalizeNationalId: normalizeThaiCitizenId,
    payoutRequiresNationalId: false,
    normalizeAccountNumber,
    banks: thailandBanks,
  });
}
