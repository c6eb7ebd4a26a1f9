import { ValidationError } from '@paymux/core';

/** UTC offsets, in minutes, of the home countries of the currencies with a fixed offset. */
const CURRENCY_UTC_OFFSETS: Readonly<Record<string, number>> = {
  IDR: 7 * 60,
  THB: 7 * 60,
  PKR: 5 * 60,
  VND: 7 * 60,
  SGD: 8 * 60,
  MYR: 8 * 60,
  PHP: 8 * 60,
  JPY: 9 * 60,
  KRW: 9 * 60,
  INR: 5 * 60 + 30,
};

/** The IANA zone of those countries (all without daylight saving), for reconciliation. */
const CURRENCY_TIME_ZONES: Readonly<Record<string, string>> = {
  IDR: 'Asia/Jakarta',
  THB: 'Asia/Bangkok',
  PKR: 'Asia/Karachi',
  VND: 'Asia/Ho_Chi_Minh',
  SGD: 'Asia/Singapore',
  MYR: 'Asia/Kuala_Lumpur',
  PHP: 'Asia/Manila',
  JPY: 'Asia/Tokyo',
  KRW: 'Asia/Seoul',
  INR: 'Asia/Kolkata',
};

/** The time zone whose days `localDateOf` uses for `currency` (UTC for the others). */
export function timeZoneOf(currency: string): string {
  return CURRENCY_TIME_ZONES[currency] ?? 'UTC';
}

/** `yyyy-MM-dd` of `time` in the home country of `currency` (UTC for the others). */
export function localDateOf(time: Date, currency: string): string {
  const offset = CURRENCY_UTC_OFFSETS[currency] ?? 0;
  return new Date(time.getTime() + offset * 60_000).toISOString().slice(0, 10);
}

/** Throws a `ValidationError` on `field` unless `value` is a real calendar date `yyyy-MM-dd`. */
export function assertDate(value: unknown, field: string): asserts value is string {
  const parsed =
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? new Date(`${value}T00:00:00Z`)
      : undefined;
  const ok =
    parsed !== undefined &&
    !Number.isNaN(parsed.getTime()) &&
    parsed.toISOString().slice(0, 10) === value;
  if (!ok) {
    throw new ValidationError(`${field} must be a calendar date yyyy-MM-dd`, {
      field,
      rule: 'date',
    });
  }
}
