import { ValidationError } from '@paymux/core';

const NAME = /^[\p{L}][\p{L}\p{M} '.-]{0,29}$/u;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Protocol §5: 1–30 letters, spaces and `'.-`. Trims, folds runs of spaces and composes
 * Unicode (NFC), so the wire carries `Lê` however it was typed. Combining marks (\p{M}: Thai
 * vowel and tone marks, Urdu diacritics) belong to their letter.
 */
export function normalizeName(raw: string, field: string): string {
  const name = typeof raw === 'string' ? raw.normalize('NFC').trim().replace(/\s+/g, ' ') : '';
  if (name === '') throw new ValidationError(`${field} is required`, { field, rule: 'required' });
  if (!NAME.test(name)) {
    throw new ValidationError(`${field} must be 1-30 letters, spaces or '.-`, {
      field,
      rule: 'pattern',
    });
  }
  return name;
}

export function normalizeEmail(raw: string, field: string): string {
  const email = typeof raw === 'string' ? raw.trim() : '';
  if (email === '') throw new ValidationError(`${field} is required`, { field, rule: 'required' });
  if (!EMAIL.test(email) || email.length > 100) {
    throw new ValidationError(`${field} is not an email address`, { field, rule: 'format' });
  }
  return email;
}
