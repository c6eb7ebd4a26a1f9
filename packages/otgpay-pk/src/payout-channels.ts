import type { PayoutChannelInfo } from '@paymux/otgpay';
import { PAKISTAN_BANKS } from './banks.js';

/** Rupees to PKR minor units (paisa). */
const pkr = (rupees: bigint) => rupees * 100n;

/**
 * Payout limits. OTGPAY publishes none, so: wallets at most PKR 50,000.00, the per-day limit
 * of a Level-1 branchless banking wallet under the SBP branchless banking regulations (as
 * JazzCash and Easypaisa publish it); bank accounts PKR 1,000,000.00 is OUR DEFAULT; the
 * minimum is one paisa. Override with `pakistan({ payoutLimits })`.
 */
export const PAKISTAN_PAYOUT_LIMITS = {
  /** Payouts to a JazzCash or Easypaisa wallet. */
  ewallet: {
    /** PKR 0.01, in paisa. */
    min: 1n,
    /** PKR 50,000.00, in paisa: a Level-1 branchless banking wallet's daily limit. */
    max: pkr(50_000n),
  },
  /** Payouts to a bank account (IBAN). */
  bank_account: {
    /** PKR 0.01, in paisa. */
    min: 1n,
    /** PKR 1,000,000.00, in paisa (our default). */
    max: pkr(1_000_000n),
  },
} as const;

const walletLimits = {
  minAmount: PAKISTAN_PAYOUT_LIMITS.ewallet.min,
  maxAmount: PAKISTAN_PAYOUT_LIMITS.ewallet.max,
};

/** Wallets a payout can go to; the account number is the wallet's mobile number. */
export const PAKISTAN_PAYOUT_WALLETS: readonly PayoutChannelInfo[] = [
  {
    type: 'ewallet',
    bank: 'JAZZCASH',
    label: 'JazzCash wallet',
    accountType: 'EWALLET',
    bankCode: 'JAZZCASH',
    ...walletLimits,
  },
  {
    type: 'ewallet',
    bank: 'EASYPAISA',
    label: 'Easypaisa wallet',
    accountType: 'EWALLET',
    bankCode: 'EASYPAISA',
    ...walletLimits,
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
      minAmount: PAKISTAN_PAYOUT_LIMITS.bank_account.min,
      maxAmount: PAKISTAN_PAYOUT_LIMITS.bank_account.max,
    }),
  ),
  ...PAKISTAN_PAYOUT_WALLETS,
];
