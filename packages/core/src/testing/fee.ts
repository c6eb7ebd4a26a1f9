/** `amount * bps / 10000`, integer division (a fraction of a minor unit is never charged). */
export function feeFor(amount: bigint, bps: number): bigint {
  if (!Number.isInteger(bps) || bps < 0 || bps > 10_000) {
    throw new RangeError('fee basis points must be an integer 0..10000');
  }
  return (amount * BigInt(bps)) / 10_000n;
}
