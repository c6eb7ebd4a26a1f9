import type { PayoutChannelInfo } from '@paymux/otgpay';
import { INDONESIA_BANKS } from './banks.js';
import { INDONESIA_EWALLETS } from './ewallets.js';

/** Rupiah to IDR minor units. */
const rp = (whole: bigint) => whole * 100n;

/**
 * Payout limits. OTGPAY publishes none, so:
 * - e-wallets: at most Rp 20.000.000, the balance cap of a registered (KYC) e-money account
 *   under Bank Indonesia regulation PBI No. 20/6/PBI/2018 on electronic money, art. 49 — a
 *   wallet cannot receive more than it may hold (unregistered accounts: Rp 2.000.000);
 * - bank accounts: at most Rp 250.000.000, the per-transaction limit of BI-FAST (Bank
 *   Indonesia, "BI-FAST", bi.go.id); larger transfers go by RTGS, which OTGPAY does not
 *   document for payouts;
 * - minimum Rp 1, the smallest amount the wire can carry (whole rupiah).
 * A merchant whose contract differs sets `indonesia({ payoutLimits: { 'ewallet:OVO': { max } } })`.
 */
export const INDONESIA_PAYOUT_LIMITS = {
  /** Payouts to an e-wallet (OVO, DANA, GoPay, ShopeePay, LinkAja). */
  ewallet: {
    /** Rp 1, in IDR minor units. */
    min: rp(1n),
    /** Rp 20.000.000: a registered e-money account's balance cap. */
    max: rp(20_000_000n),
  },
  /** Payouts to a bank account. */
  bank_account: {
    /** Rp 1, in IDR minor units. */
    min: rp(1n),
    /** Rp 250.000.000: BI-FAST's per-transaction limit. */
    max: rp(250_000_000n),
  },
} as const;

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
      minAmount: INDONESIA_PAYOUT_LIMITS.bank_account.min,
      maxAmount: INDONESIA_PAYOUT_LIMITS.bank_account.max,
    }),
  ),
  ...INDONESIA_EWALLETS.map(
    (wallet): PayoutChannelInfo => ({
      type: 'ewallet',
      bank: wallet.code,
      label: `${wallet.label} wallet`,
      accountType: 'EWALLET',
      bankCode: wallet.code,
      minAmount: INDONESIA_PAYOUT_LIMITS.ewallet.min,
      maxAmount: INDONESIA_PAYOUT_LIMITS.ewallet.max,
    }),
  ),
];
