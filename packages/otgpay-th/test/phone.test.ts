import { describe, expect, it } from 'vitest';
import { normalizeThaiPhone } from '../src/index.js';

describe('normalizeThaiPhone', () => {
  it.each([
    ['0812345678', '0812345678'],
    ['081-234-5678', '0812345678'],
    ['081 234 5678', '0812345678'],
    ['(081) 234.5678', '0812345678'],
    ['+66 81 234 5678', '0812345678'],
    ['+66812345678', '0812345678'],
    ['+66 (0)81 234 5678', '0812345678'],
    ['66812345678', '0812345678'],
    ['0066812345678', '0812345678'],
    ['0066 81 234 5678', '0812345678'],
    ['  0912345678  ', '0912345678'],
    ['0612345678', '0612345678'],
    ['+66 6 1234 5678', '0612345678'],
    // review: country code without plus, then the trunk 0 (as '62 0812…' works for ID)
    ['66 081 234 5678', '0812345678'],
    ['660812345678', '0812345678'],
    ['(+66) 081-234-5678', '0812345678'],
  ])('%s -> %s', (raw, wire) => {
    expect(normalizeThaiPhone(raw)).toBe(wire);
  });

  it.each([
    ['empty', ''],
    ['Bangkok landline (9 digits)', '021234567'],
    ['landline with area code written as 10 digits', '0212345678'],
    ['07x is not a mobile prefix', '0712345678'],
    ['one digit short', '081234567'],
    ['one digit long', '08123456789'],
    ['another country code', '+1 415 555 0123'],
    ['Indonesian mobile', '+62 812 3456 7890'],
    ['letters', '08l2345678'],
    ['plus in the middle', '08+12345678'],
    ['66 prefix with the wrong length', '668123456789'],
    ['66 then trunk 0 then a landline', '66 021234567'],
    ['full-width digits', '０８１２３４５６７８'],
  ])('refuses %s (%s)', (_why, raw) => {
    expect(normalizeThaiPhone(raw)).toBeUndefined();
  });

  it('always yields the protocol §5 wire pattern', () => {
    for (const raw of ['+66 81 234 5678', '0066 91 234 5678', '66612345678']) {
      expect(normalizeThaiPhone(raw)).toMatch(/^0\d{9}$/);
    }
  });
});
