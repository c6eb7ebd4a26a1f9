import type { BankInfo, PayoutChannelInfo } from '@paymux/otgpay';
import { THAI_BANKS } from './banks.js';
import { PROMPTPAY, TRUEMONEY } from './methods.js';

/** Baht to THB minor units. */
const thb = (baht: bigint) => baht * 100n;

/**
 * Payout limits: OUR DEFAULTS (OTGPAY publishes none): ฿0.01 minimum; bank accounts
 * ฿2,000,000.00; PromptPay ฿700,000.00 (as our PromptPay QR collection limit); TrueMoney
 * Wallet ฿30,000.00 (as its collection limit). Override with `thailand({ payoutLimits })`.
 */
export const THAI_PAYOUT_LIMITS = {
  /** Payouts to a bank account. */
  bank_account: {
    /** ฿0.01, in satang. */
    min: 1n,
    /** ฿2,000,000.00, in satang. */
    max: thb(2_000_000n),
  },
  /** Payouts to a PromptPay id (mobile number or citizen id). */
  promptpay: {
    /** ฿0.01, in satang. */
    min: 1n,
    /** ฿700,000.00, in satang. */
    max: thb(700_000n),
  },
  /** Payouts to a TrueMoney Wallet. */
  truemoney: {
    /** ฿0.01, in satang. */
    min: 1n,
    /** ฿30,000.00, in satang. */
    max: thb(30_000n),
  },
} as const;

function bankAccount(bank: BankInfo): PayoutChannelInfo {
  return {
    type: 'bank_account',
    bank: bank.code,
    label: `${bank.shortName} account`,
    accountType: 'BANK_ACCOUNT',
    bankCode: bank.code,
    minAmount: THAI_PAYOUT_LIMITS.bank_account.min,
    maxAmount: THAI_PAYOUT_LIMITS.bank_account.max,
  };
}

/**
 * Where a Thai payout can go: an account at any bank of `THAI_BANKS` (`destination.bank` is
 * the bank code; names and aliases are resolved by `thailand()`), a PromptPay id, or a
 * TrueMoney Wallet (its mobile number).
 */
export const THAI_PAYOUT_CHANNELS: readonly PayoutChannelInfo[] = [
  ...THAI_BANKS.map(bankAccount),
  {
    type: 'ewallet',
    bank: PROMPTPAY,
    label: 'PromptPay',
    accountType: 'EWALLET',
    bankCode: PROMPTPAY,
    minAmount: THAI_PAYOUT_LIMITS.promptpay.min,
    maxAmount: THAI_PAYOUT_LIMITS.promptpay.max,
  },
  {
    type: 'ewallet',
    bank: TRUEMONEY,
    label: 'TrueMoney Wallet',
    accountType: 'EWALLET',
    bankCode: TRUEMONEY,
    minAmount: THAI_PAYOUT_LIMITS.truemoney.min,
    maxAmount: THAI_PAYOUT_LIMITS.truemoney.max,
  },
];
