import type { BankInfo, PayoutChannelInfo } from '@paymux/otgpay';
import { THAI_BANKS } from './banks.js';
import { PROMPTPAY, TRUEMONEY } from './methods.js';

function bankAccount(bank: BankInfo): PayoutChannelInfo {
  return {
    type: 'bank_account',
    bank: bank.code,
    label: `${bank.shortName} account`,
    accountType: 'BANK_ACCOUNT',
    bankCode: bank.code,
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
  },
  {
    type: 'ewallet',
    bank: TRUEMONEY,
    label: 'TrueMoney Wallet',
    accountType: 'EWALLET',
    bankCode: TRUEMONEY,
  },
];
