import { type PaymentMethod, PaymuxError, toDecimalString, ValidationError } from '@paymux/core';
import type { CollectionMethodInfo, PayoutChannelInfo } from '../country-adapter.js';

/** Inclusive per-charge limits in minor units; either end may be left at the default. */
export interface AmountLimits {
  /** Smallest amount accepted, in minor units (a positive bigint); absent: the default. */
  readonly min?: bigint;
  /** Largest amount accepted, in minor units (a positive bigint); absent: the default. */
  readonly max?: bigint;
}

/**
 * A merchant's own limits (e.g. from its OTGPAY contract), keyed by method family (`qr`,
 * `virtual_account`, `ewallet`) or by one method (`virtual_account:014`, `ewallet:JAZZCASH`).
 * A method's own key wins over its family's.
 */
export type LimitOverrides = Readonly<Record<string, AmountLimits>>;

/** The key of one method in `LimitOverrides`: `type`, or `type:CHANNEL`. */
export function limitKey(method: PaymentMethod): string {
  return method.channel ? `${method.type}:${method.channel.toUpperCase()}` : method.type;
}

function checked(value: unknown, field: string, currency: string, wireExponent: number): bigint {
  if (typeof value !== 'bigint' || value <= 0n) {
    throw new ValidationError(`${field} must be a positive bigint of minor units`, {
      field,
      rule: 'minimum',
    });
  }
  try {
    toDecimalString({ amount: value, currency }, wireExponent, field);
  } catch (error) {
    if (PaymuxError.isInstance(error)) {
      throw new ValidationError(`${field} cannot be sent with ${wireExponent} decimals`, {
        field,
        rule: 'precision',
      });
    }
    throw error;
  }
  return value;
}

/**
 * `methods` with `overrides` applied. A configuration mistake (unknown key, non-bigint,
 * not positive, more precise than the wire, min above max) is a `ValidationError` naming
 * `limits.<key>[.min|.max]`, thrown when the adapter is built, not per request.
 */
export function applyLimitOverrides(
  methods: readonly CollectionMethodInfo[],
  overrides: LimitOverrides,
  currency: string,
  wireExponent: number,
): readonly CollectionMethodInfo[] {
  const known = new Set(methods.flatMap((m) => [m.method.type, limitKey(m.method)]));
  for (const key of Object.keys(overrides)) {
    if (!known.has(key)) {
      throw new ValidationError(`limits.${key} names no method; one of: ${[...known].join(', ')}`, {
        field: `limits.${key}`,
        rule: 'enum',
      });
    }
  }
  return methods.map((info) => {
    const key = limitKey(info.method);
    const own = overrides[key];
    const family = overrides[info.method.type];
    if (!own && !family) return info;
    const field = `limits.${own ? key : info.method.type}`;
    const minAmount = checked(
      own?.min ?? family?.min ?? info.minAmount,
      `${field}.min`,
      currency,
      wireExponent,
    );
    const maxAmount = checked(
      own?.max ?? family?.max ?? info.maxAmount,
      `${field}.max`,
      currency,
      wireExponent,
    );
    if (minAmount > maxAmount) {
      throw new ValidationError(`${field}.min is above ${field}.max`, {
        field: `${field}.min`,
        rule: 'maximum',
      });
    }
    return { ...info, minAmount, maxAmount };
  });
}

/** The key of one payout channel in payout `LimitOverrides`: `type`, or `type:BANK`. */
export function payoutLimitKey(channel: PayoutChannelInfo): string {
  return `${channel.type}:${channel.bank.toUpperCase()}`;
}

/**
 * Payout channels with a merchant's own limits, keyed by destination type (`bank_account`,
 * `ewallet`) or one channel (`ewallet:OVO`, `bank_account:014`). Mistakes are
 * `ValidationError`s naming `payoutLimits.<key>`, thrown when the adapter is built.
 */
export function applyPayoutLimitOverrides(
  channels: readonly PayoutChannelInfo[],
  overrides: LimitOverrides,
  currency: string,
  wireExponent: number,
): readonly PayoutChannelInfo[] {
  const known = new Set(channels.flatMap((c) => [c.type, payoutLimitKey(c)]));
  for (const key of Object.keys(overrides)) {
    if (!known.has(key)) {
      const some = [...known].slice(0, 6).join(', ');
      throw new ValidationError(`payoutLimits.${key} names no payout channel; e.g. ${some}`, {
        field: `payoutLimits.${key}`,
        rule: 'enum',
      });
    }
  }
  return channels.map((channel) => {
    const key = payoutLimitKey(channel);
    const own = overrides[key];
    const family = overrides[channel.type];
    if (!own && !family) return channel;
    const field = `payoutLimits.${own ? key : channel.type}`;
    const min = own?.min ?? family?.min ?? channel.minAmount;
    const max = own?.max ?? family?.max ?? channel.maxAmount;
    const minAmount =
      min === undefined ? undefined : checked(min, `${field}.min`, currency, wireExponent);
    const maxAmount =
      max === undefined ? undefined : checked(max, `${field}.max`, currency, wireExponent);
    if (minAmount !== undefined && maxAmount !== undefined && minAmount > maxAmount) {
      throw new ValidationError(`${field}.min is above ${field}.max`, {
        field: `${field}.min`,
        rule: 'maximum',
      });
    }
    return {
      ...channel,
      ...(minAmount === undefined ? {} : { minAmount }),
      ...(maxAmount === undefined ? {} : { maxAmount }),
    };
  });
}
