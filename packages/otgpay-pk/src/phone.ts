const SEPARATORS = /[\s().-]/g;
const NATIONAL_MOBILE = /^3\d{9}$/;

/** The 10 national digits after the country code or trunk `0`, or undefined. */
function nationalDigits(compact: string): string | undefined {
  if (compact.startsWith('+92')) return dropTrunkZero(compact.slice(3));
  if (compact.startsWith('0092')) return dropTrunkZero(compact.slice(4));
  if (/^92\d{10}$/.test(compact)) return compact.slice(2);
  if (/^920\d{10}$/.test(compact)) return compact.slice(3); // `92 0300…`: trunk 0 kept
  if (/^0\d{10}$/.test(compact)) return compact.slice(1);
  if (/^\d{10}$/.test(compact)) return compact;
  return undefined;
}

/** `+92 (0)300 1234567`: the `(0)` some people write after the country code. */
function dropTrunkZero(digits: string): string {
  return digits.length === 11 && digits.startsWith('0') ? digits.slice(1) : digits;
}

/**
 * A Pakistani mobile number in the OTGPAY wire form `03XXXXXXXXX` (protocol §5,
 * `^03\d{9}$`), from `+92 300 1234567`, `923001234567`, `0092 300 1234567`,
 * `0300-1234567`, `(0300) 1234567` or `3001234567`; undefined for anything else
 * (landlines, other countries, wrong length, letters).
 */
export function normalizePakistanPhone(raw: string): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const national = nationalDigits(raw.trim().replace(SEPARATORS, ''));
  return national !== undefined && NATIONAL_MOBILE.test(national) ? `0${national}` : undefined;
}
