/**
 * Fee rule: basis points of the amount in minor units, integer (bigint) division,
 * rounded DOWN (truncated) — a fraction of a minor unit is never charged.
 * fee = amountMinor * bps / 10000.
 */

export interface FeeSchedule {
  /** Fee on a successful payment, in basis points of the paid amount (default 250 = 2.5%). */
  paymentBps: number;
  /** Fee on a payout, in basis points of the payout amount (default 100 = 1%). */
  payoutBps: number;
}

/** The sandbox's default fees: 2.5 % of a paid payment, 1 % of a payout. Override with `feeBps`. */
export const DEFAULT_FEES: FeeSchedule = { paymentBps: 250, payoutBps: 100 };

/**
 * The fee the sandbox charges on `amountMinor`: `amountMinor × bps / 10000` in bigint
 * division, rounded down (a fraction of a minor unit is never charged). Use it to compute
 * the fee a test expects: `feeFor(1_500_000n, DEFAULT_FEES.paymentBps)` is `37_500n`.
 *
 * @param amountMinor - the amount in minor units of the wire (rupiah, satang, paisa)
 * @param bps - basis points, an integer 0–10000
 * @throws RangeError when `bps` is not an integer in 0..10000
 */
export function feeFor(amountMinor: bigint, bps: number): bigint {
  if (!Number.isSafeInteger(bps) || bps < 0 || bps > 10_000) {
    throw new RangeError('fee basis points must be an integer 0..10000');
  }
  return (amountMinor * BigInt(bps)) / 10_000n;
}

/** Smallest gross amount whose net after the fee is exactly `net`. */
export function grossForNet(net: bigint, bps: number): bigint {
  const b = BigInt(bps);
  if (b >= 10_000n) throw new RangeError('fee of 100% or more cannot be grossed up');
  let gross = (net * 10_000n + (10_000n - b) - 1n) / (10_000n - b);
  while (gross - feeFor(gross, bps) > net) gross -= 1n;
  while (gross - feeFor(gross, bps) < net) gross += 1n;
  return gross;
}
