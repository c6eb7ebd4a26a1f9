/**
 * The check digit of a Thai Personal Identification Number (เลขประจำตัวประชาชน) from its
 * first twelve digits: weights 13 down to 2, `(11 - sum mod 11) mod 10`. Same algorithm as
 * python-stdnum `stdnum.th.pin` and the Thai Wikipedia description.
 */
export function thaiCitizenIdCheckDigit(first12: string): number {
  if (!/^\d{12}$/.test(first12)) throw new RangeError('Expected exactly 12 digits');
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12.charCodeAt(i) - 48) * (13 - i);
  return (11 - (sum % 11)) % 10;
}

/**
 * The 13-digit wire form of a Thai citizen id written with or without the usual
 * `1-2345-67890-12-3` dashes or spaces, or undefined when it is not one: wrong length,
 * first digit 0 or 9 (not a person category), or a wrong check digit.
 */
export function normalizeThaiCitizenId(raw: string): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const id = raw.trim().replace(/[\s-]/g, '');
  if (!/^[1-8]\d{12}$/.test(id)) return undefined;
  return thaiCitizenIdCheckDigit(id.slice(0, 12)) === Number(id[12]) ? id : undefined;
}
