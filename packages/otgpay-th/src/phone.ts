/** A valid example of the wire form, shown in error messages. */
export const THAI_PHONE_EXAMPLE = '0812345678';

/*
 * Thai mobile numbers are ten digits with the trunk prefix: 06, 08 or 09 followed by eight
 * digits (NBTC numbering plan). Stricter than the wire pattern `^0\d{9}$` of protocol §5,
 * which it always satisfies.
 */
const MOBILE = /^0[689]\d{8}$/;
const SEPARATORS = /[\s\-.()]/g;

/**
 * The wire form `0XXXXXXXXX` of a Thai mobile number written in any common way:
 * `0812345678`, `081-234-5678`, `+66 81 234 5678`, `66812345678`, `0066812345678`, and the
 * `+66 (0)81…` mix. Undefined when it is not a Thai mobile number: Thai mobile numbers are ten
 * digits starting 06, 08 or 09 (NBTC numbering plan), stricter than the wire pattern
 * `^0\d{9}$` of protocol §5, which the result always satisfies.
 *
 * @example
 * ```ts
 * normalizeThaiPhone('+66 81 234 5678'); // '0812345678'
 * normalizeThaiPhone('02 123 4567'); // undefined (a Bangkok landline)
 * ```
 */
export function normalizeThaiPhone(raw: string): string | undefined {
  if (typeof raw !== 'string') return undefined;
  let digits = raw.trim().replace(SEPARATORS, '');
  if (digits.startsWith('+')) {
    if (!digits.startsWith('+66')) return undefined;
    digits = digits.slice(3);
  } else if (digits.startsWith('0066')) {
    digits = digits.slice(4);
  } else if (
    digits.startsWith('66') &&
    (digits.length === 11 || (digits.length === 12 && digits[2] === '0'))
  ) {
    // `66 81…`, and `66 081…` with the trunk 0 kept (the `+66 (0)81…` habit without the plus)
    digits = digits.slice(2);
  }
  if (!/^\d+$/.test(digits)) return undefined;
  const national = digits.length === 9 ? `0${digits}` : digits;
  return MOBILE.test(national) ? national : undefined;
}
