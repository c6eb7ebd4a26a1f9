import { fromDecimalString, type Money, PaymuxError, ProviderError } from '@paymux/core';

/**
 * Values read from a verified OTGPAY response. A malformed value there is the
 * provider's fault, not the caller's: it becomes a `ProviderError`, never a
 * `ValidationError` the caller could mistake for bad input.
 */
export function wireMoney(
  value: string,
  currency: string,
  wireExponent: number,
  provider: string,
  field: string,
  signed = false,
): Money {
  try {
    return fromDecimalString(value, currency, wireExponent, field, { signed });
  } catch (error) {
    const detail = PaymuxError.isInstance(error) ? error.message : 'unreadable amount';
    throw new ProviderError(`OTGPAY sent an invalid ${field}: ${detail}`, {
      provider,
      raw: { field, value },
    });
  }
}

/** ISO 8601 with offset (`2026-11-24T14:05:00+07:00`) to a `Date`. */
export function wireTime(value: string, provider: string, field: string): Date {
  const time = new Date(value);
  if (Number.isNaN(time.getTime())) {
    throw new ProviderError(`OTGPAY sent an invalid ${field}`, {
      provider,
      raw: { field, value },
    });
  }
  return time;
}
