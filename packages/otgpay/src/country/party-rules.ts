import { ValidationError } from '@paymux/core';

/** Protocol §5: at most 30 characters, counted in Unicode code points. */
export const NAME_MAX_CODE_POINTS = 30;
const NAME_CHAR = /[\p{L}\p{M} '.-]/u;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Apostrophes and quotes typed on phones and word processors → the ASCII apostrophe. */
const APOSTROPHES =
  /[\u2018\u2019\u201A\u201B\u2032\u2035\u02BC\u02B9\u02BB\u02BD\u0060\u00B4\uFF07\u201C\u201D\u201E\u201F\u2033\u0022\uFF02]/g;
/**
 * Zero-width characters: ZWNJ (U+200C) and ZWJ (U+200D) only shape the letters around
 * them (Urdu and Persian names carry them), ZWSP and BOM come from copy and paste. The
 * wire takes letters only, so they are removed; the letters stay the same.
 */
const ZERO_WIDTH = /\u200B|\u200C|\u200D|\u2060|\uFEFF/g;

function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Protocol §5: 1–30 letters, spaces and `'.-`, counted in code points. Trims, folds runs
 * of spaces, composes Unicode (NFC) so the wire carries `Lê` however it was typed, folds
 * typographic apostrophes and quotes (`Ma’ruf` → `Ma'ruf`) and removes zero-width joiners.
 * Combining marks (\p{M}: Thai vowel and tone marks, Urdu diacritics) belong to their
 * letter but count as code points of their own: `ก้` is 2 of the 30.
 *
 * Too long → rule `maxLength` with the limit and the actual length; a character the wire
 * does not take → rule `characters` naming it by code point.
 */
export function normalizeName(raw: string, field: string): string {
  const name =
    typeof raw === 'string'
      ? raw
          .normalize('NFC')
          .replace(ZERO_WIDTH, '')
          .replace(APOSTROPHES, "'")
          .trim()
          .replace(/\s+/g, ' ')
      : '';
  if (name === '') throw new ValidationError(`${field} is required`, { field, rule: 'required' });
  const chars = [...name];
  const bad = chars.find((char) => !NAME_CHAR.test(char));
  if (bad !== undefined) {
    const shown = /[\p{L}\p{N}\p{P}\p{S}]/u.test(bad) ? ` "${bad}"` : '';
    throw new ValidationError(
      `${field} contains ${codePoint(bad)}${shown}; OTGPAY names take only letters (with their ` +
        "accents and vowel marks), spaces and ' . - (no digits, @, commas or emoji)",
      { field, rule: 'characters' },
    );
  }
  if (!/\p{L}/u.test(chars[0] ?? '')) {
    throw new ValidationError(`${field} must start with a letter`, { field, rule: 'characters' });
  }
  if (chars.length > NAME_MAX_CODE_POINTS) {
    throw new ValidationError(
      `${field} is ${chars.length} characters long; OTGPAY takes at most ${NAME_MAX_CODE_POINTS}, ` +
        'counted in Unicode code points (a Thai vowel or tone mark counts as one). Shorten it, ' +
        'e.g. to given name and family name',
      { field, rule: 'maxLength' },
    );
  }
  return name;
}

/**
 * The email address trimmed, or a `ValidationError` naming `field`: rule `required` when
 * empty, `format` when it is not `local@domain.tld` or longer than 100 characters.
 */
export function normalizeEmail(raw: string, field: string): string {
  const email = typeof raw === 'string' ? raw.trim() : '';
  if (email === '') throw new ValidationError(`${field} is required`, { field, rule: 'required' });
  if (!EMAIL.test(email) || email.length > 100) {
    throw new ValidationError(`${field} is not an email address (e.g. name@example.com)`, {
      field,
      rule: 'format',
    });
  }
  return email;
}
