import type { PayoutChannelInfo } from '@paymux/otgpay';
import { INDONESIA_BANKS } from './banks.js';
import { INDONESIA_EWALLETS } from './ewallets.js';

/**
 * Indonesian payout destinations: a bank account at every bank of the table (bankCode = its
 * clearing code) and the five e-wallets (bankCode = the wallet code, accountNo = wallet phone).
 */
export const INDONESIA_PAYOUT_CHANNELS: readonly PayoutChannelInfo[] = [
  ...INDONESIA_BANKS.map(
    (bank): PayoutChannelInfo => ({
      type: 'bank_account',
      bank: bank.code,
      label: `${bank.shortName} account`,
      accountType: 'BANK_ACCOUNT',
      bankCode: bank.code,
    }),
  ),
  ...INDONESIA_EWALLETS.map(
    (wallet): PayoutChannelInfo => ({
      type: 'ewallet',
      bank: wallet.code,
      label: `${wallet.label} wallet`,
      accountType: 'EWALLET',
      bankCode: wallet.code,
    }),
  ),
];
