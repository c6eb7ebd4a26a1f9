import type { PayoutChannelInfo } from '@paymux/otgpay';
import { PAKISTAN_BANKS } from './banks.js';

/** Wallets a payout can go to; the account number is the wallet's mobile number. */
export const PAKISTAN_PAYOUT_WALLETS: readonly PayoutChannelInfo[] = [
  {
    type: 'ewallet',
    bank: 'JAZZCASH',
    label: 'JazzCash wallet',
    accountType: 'EWALLET',
    bankCode: 'JAZZCASH',
  },
  {
    type: 'ewallet',
    bank: 'EASYPAISA',
    label: 'Easypaisa wallet',
    accountType: 'EWALLET',
    bankCode: 'EASYPAISA',
  },
];

/**
 * Payout destinations: one bank-account channel per bank of `PAKISTAN_BANKS` (the account
 * number is the IBAN; `bankCode` is its IBAN bank identifier), then the wallets.
 */
export const PAKISTAN_PAYOUT_CHANNELS: readonly PayoutChannelInfo[] = [
  ...PAKISTAN_BANKS.map(
    (bank): PayoutChannelInfo => ({
      type: 'bank_account',
      bank: bank.code,
      label: `${bank.name} (IBAN)`,
      accountType: 'BANK_ACCOUNT',
      bankCode: bank.code,
    }),
  ),
  ...PAKISTAN_PAYOUT_WALLETS,
];
