import type { Country } from '../countries.js';
import { illegal, paramNull } from '../errors.js';
import { parseAmount } from '../money.js';

/** Field readers: absent/null/"" → 1001 `param is null: f`; malformed → 1002 `Illegal Param: f`. */

export type Params = Record<string, unknown>;

export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

interface StringRule {
  max?: number;
  pattern?: RegExp;
}

function check(field: string, value: unknown, rule: StringRule): string {
  if (typeof value !== 'string') throw illegal(field);
  // a string never has more code points than UTF-16 units: count them only when it might matter
  if (rule.max !== undefined && value.length > rule.max && [...value].length > rule.max)
    throw illegal(field);
  if (rule.pattern && !rule.pattern.test(value)) throw illegal(field);
  return value;
}

export function requiredString(p: Params, field: string, rule: StringRule = {}): string {
  const value = p[field];
  if (isBlank(value)) throw paramNull(field);
  return check(field, value, rule);
}

export function optionalString(
  p: Params,
  field: string,
  rule: StringRule = {},
): string | undefined {
  const value = p[field];
  if (isBlank(value)) return undefined;
  return check(field, value, rule);
}

export function requiredAmount(p: Params, field: string, country: Country): bigint {
  const value = p[field];
  if (isBlank(value)) throw paramNull(field);
  const minor = parseAmount(value, country);
  if (minor === undefined || minor <= 0n) throw illegal(field);
  return minor;
}

/** Positive integer from a JSON integer or a decimal string (query strings). */
export function optionalInt(
  p: Params,
  field: string,
  min: number,
  max: number,
): number | undefined {
  const value = p[field];
  if (isBlank(value)) return undefined;
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\d{1,9}$/.test(value)
        ? Number(value)
        : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw illegal(field);
  return n;
}

export const ID_RULE: StringRule = { max: 48, pattern: /^[A-Za-z0-9_.:-]+$/ };
/** §5: 1–30 letters, spaces, `'.-`, with at least one letter (`'   '` or `'...'` is no name). */
export const NAME_RULE: StringRule = { max: 30, pattern: /^(?=.*\p{L})[\p{L}\p{M} '.-]+$/u };
export const EMAIL_RULE: StringRule = { max: 100, pattern: /^[^\s@]+@[^\s@]+\.[^\s@]+$/ };
export const CODE_RULE: StringRule = { max: 20, pattern: /^[A-Za-z0-9_]+$/ };
export const URL_RULE: StringRule = { max: 512, pattern: /^https?:\/\/[^\s]+$/ };
export const CNIC_RULE: StringRule = { pattern: /^\d{13}$/ };
export const ACCOUNT_RULE: StringRule = { max: 34, pattern: /^[A-Za-z0-9]{4,34}$/ };
