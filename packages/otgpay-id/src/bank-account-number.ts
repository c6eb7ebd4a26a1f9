import type { PayoutChannelInfo } from '@paymux/otgpay';
import { type IndonesianBank, indonesiaBanks } from './banks.js';
import { normalizeIndonesianPhone } from './phone.js';

/** Indonesian bank account numbers are digits only; 6-20 of them unless the bank's length is known. */
const GENERIC = /^\d{6,20}$/;

/**
 * The wire `accountNo` for a payout channel, or undefined if invalid: for a bank account the
 * digits (spaces, dots and dashes dropped) with the bank's known length, for an e-wallet the
 * wallet's phone number in wire form `08…`.
 */
export function normalizeIndonesianAccountNumber(
  channel: PayoutChannelInfo,
  raw: string,
): string | undefined {
  if (typeof raw !== 'string') return undefined;
  if (channel.accountType === 'EWALLET') return normalizeIndonesianPhone(raw);
  const digits = raw.trim().replace(/[\s()./-]/g, '');
  if (!GENERIC.test(digits)) return undefined;
  const bank = indonesiaBanks.byCode(channel.bankCode) as IndonesianBank | undefined;
  const lengths = bank?.accountNumberLengths;
  if (lengths && !lengths.includes(digits.length)) return undefined;
  return digits;
}

/** What a valid account number of `channel` looks like, for error messages. */
export function describeIndonesianAccountNumber(channel: PayoutChannelInfo): string {
  if (channel.accountType === 'EWALLET') return "the wallet's mobile number, e.g. 0812-3456-7890";
  const bank = indonesiaBanks.byCode(channel.bankCode) as IndonesianBank | undefined;
  const lengths = bank?.accountNumberLengths;
  if (lengths && lengths.length > 0) {
    return `${bank.shortName} account numbers are ${lengths.join(' or ')} digits`;
  }
  return 'Indonesian bank account numbers are 6 to 20 digits';
}
