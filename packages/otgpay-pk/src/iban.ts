/** PK IBAN: `PK` + 2 check digits + 4-letter bank identifier + 16 alphanumerics (24 chars). */
const PK_IBAN = /^PK\d{2}[A-Z]{4}[0-9A-Z]{16}$/;

/** The result of {@link checkPakistanIban}: the normalized IBAN, or why it is not one. */
export type PakistanIbanCheck =
  | {
      /** A valid Pakistani IBAN. */
      readonly ok: true;
      /** Electronic form: 24 characters, upper case, no spaces (`PK24MUCB0646609971000177`). */
      readonly iban: string;
      /** The 4-letter bank identifier (positions 5–8), the payout `bankCode` (`MUCB`). */
      readonly bankCode: string;
    }
  | {
      /** Not a valid Pakistani IBAN. */
      readonly ok: false;
      /**
       * `format`: not `PK` + 2 digits + 4 letters + 16 alphanumerics; `checksum`: the shape is
       * right but the check digits are not (a typing error, most likely).
       */
      readonly reason: 'format' | 'checksum';
    };

/**
 * ISO 13616 / ISO 7064 MOD 97-10: move the first four characters to the end, read letters
 * as 10..35, and the number must leave remainder 1 when divided by 97. Computed digit by
 * digit so it never needs more than a small integer.
 */
export function ibanChecksumValid(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const code = char.charCodeAt(0);
    const value = code >= 65 && code <= 90 ? String(code - 55) : char;
    for (const digit of value) {
      if (digit < '0' || digit > '9') return false;
      remainder = (remainder * 10 + (digit.charCodeAt(0) - 48)) % 97;
    }
  }
  return remainder === 1;
}

/**
 * A Pakistani IBAN in its electronic form (24 characters, upper case, no spaces), checked
 * for shape and MOD-97 check digits. Accepts the printed form with spaces or dashes and
 * any case: `pk24 mucb 0646 6099 7100 0177` -> `PK24MUCB0646609971000177`.
 */
export function checkPakistanIban(raw: string): PakistanIbanCheck {
  const iban = typeof raw === 'string' ? raw.replace(/[\s().-]/g, '').toUpperCase() : '';
  if (!PK_IBAN.test(iban)) return { ok: false, reason: 'format' };
  // ISO 13616-1: check digits are 02-98; 00, 01 and 99 never come out of the MOD-97 rule
  const check = Number(iban.slice(2, 4));
  if (check < 2 || check > 98) return { ok: false, reason: 'checksum' };
  if (!ibanChecksumValid(iban)) return { ok: false, reason: 'checksum' };
  return { ok: true, iban, bankCode: iban.slice(4, 8) };
}
