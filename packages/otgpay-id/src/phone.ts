import { hasAssignedMobilePrefix } from './mobile-prefixes.js';

/*
 * Indonesian mobile numbers in any common form, to the OTGPAY wire form `08…`
 * (protocol §5: `^08[0-9]{8,11}$`).
 *
 * Accepted: `+62 812-3456-7890`, `62812…`, `0062 812…`, `+62 (0) 812…`, `0812…` and the bare
 * subscriber number `812…` (what people type after a fixed `+62` selector; a subscriber number
 * starts with 8, so it cannot be confused with a `62…` country prefix). Spaces, dashes, dots and
 * parentheses (also around the country code: `(+62) 812…`) are ignored. Refused: landlines
 * (`021…`, `+62 21…`), `0800` toll-free numbers, prefixes no operator was assigned (`0841…`,
 * `0861…`; see `INDONESIA_MOBILE_PREFIXES`), other country codes, letters, and totals
 * outside 10-13 digits.
 */
const LOOSE = /^(?:\+62|0062|62)?0?(8\d*)$/;
const WIRE = /^08[1-9]\d{7,10}$/;
const SEPARATORS = /[\s()./-]/g;

/**
 * The wire form `08…` of an Indonesian mobile number (protocol §5: `^08[0-9]{8,11}$`), or
 * undefined if it cannot be one.
 *
 * Accepted: `+62 812-3456-7890`, `62812…`, `0062 812…`, `+62 (0) 812…`, `0812…` and the bare
 * subscriber number `812…`; spaces, dashes, dots and parentheses are ignored. Refused:
 * landlines (`021…`), `0800` toll-free numbers, prefixes no operator was assigned (see
 * {@link INDONESIA_MOBILE_PREFIXES}), other country codes, letters, and totals outside
 * 10–13 digits.
 *
 * @example
 * ```ts
 * normalizeIndonesianPhone('+62 812-3456-7890'); // '081234567890'
 * normalizeIndonesianPhone('021 555 1234'); // undefined (a Jakarta landline)
 * ```
 */
export function normalizeIndonesianPhone(raw: string): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const compact = raw.trim().replace(SEPARATORS, '');
  const match = LOOSE.exec(compact);
  if (!match) return undefined;
  const wire = `0${match[1]}`;
  return WIRE.test(wire) && hasAssignedMobilePrefix(wire) ? wire : undefined;
}
