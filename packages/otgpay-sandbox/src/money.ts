import type { Country } from './countries.js';

/**
 * Money on the wire is a decimal string (protocol §5); inside the sandbox it is a
 * bigint count of minor units (IDR: rupiah, THB: satang, PKR: paisa). No float ever.
 */

const MAX_DIGITS = 18;

/** Parses a wire amount; returns undefined when the format is wrong for the currency. */
export function parseAmount(value: unknown, country: Country): bigint | undefined {
  if (typeof value !== 'string') return undefined;
  const re = country.exponent === 0 ? /^[0-9]+$/ : /^(\d+)\.(\d{2})$/;
  if (!re.test(value)) return undefined;
  const digits = value.replace('.', '');
  if (digits.replace(/^0+/, '').length > MAX_DIGITS) return undefined;
  return BigInt(digits);
}

/** Formats minor units as the currency's wire string; negatives get a leading '-'. */
export function formatAmount(minor: bigint, country: Country): string {
  const negative = minor < 0n;
  const abs = negative ? -minor : minor;
  let out: string;
  if (country.exponent === 0) {
    out = abs.toString();
  } else {
    const s = abs.toString().padStart(3, '0');
    out = `${s.slice(0, -2)}.${s.slice(-2)}`;
  }
  return negative ? `-${out}` : out;
}

/** Converts whole major units (e.g. 10000 rupiah) to minor units. */
export function majorToMinor(major: bigint, country: Country): bigint {
  return country.exponent === 0 ? major : major * 100n;
}
