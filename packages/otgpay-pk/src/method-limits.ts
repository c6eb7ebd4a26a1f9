import type { CollectionMethodInfo } from '@paymux/otgpay';
import type { PakistanCollectionChannel } from './methods.js';

/** Inclusive per-charge limits in paisa; either end may be left at the default. */
export interface AmountLimits {
  readonly min?: bigint;
  readonly max?: bigint;
}

export type PakistanLimitOverrides = Partial<Record<PakistanCollectionChannel, AmountLimits>>;

/**
 * The methods with a merchant's own limits applied. Throws `RangeError` (a configuration
 * mistake, found when the adapter is built, not per request) for an unknown channel, a
 * non-bigint, a minimum below one paisa or a minimum above the maximum.
 */
export function applyLimits(
  methods: readonly CollectionMethodInfo[],
  overrides: PakistanLimitOverrides = {},
): readonly CollectionMethodInfo[] {
  const known = new Set(methods.map((m) => m.method.channel));
  for (const channel of Object.keys(overrides)) {
    if (!known.has(channel)) throw new RangeError(`pakistan(): no method with channel ${channel}`);
  }
  return methods.map((info) => {
    const override = overrides[info.method.channel as PakistanCollectionChannel];
    if (override === undefined) return info;
    const minAmount = override.min ?? info.minAmount;
    const maxAmount = override.max ?? info.maxAmount;
    if (typeof minAmount !== 'bigint' || typeof maxAmount !== 'bigint') {
      throw new RangeError(`pakistan(): ${info.method.channel} limits must be bigint paisa`);
    }
    if (minAmount < 1n || minAmount > maxAmount) {
      throw new RangeError(`pakistan(): ${info.method.channel} needs 1 <= min <= max`);
    }
    return { ...info, minAmount, maxAmount };
  });
}
