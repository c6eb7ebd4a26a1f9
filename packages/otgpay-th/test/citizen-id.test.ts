import { describe, expect, it } from 'vitest';
import { normalizeThaiCitizenId, thaiCitizenIdCheckDigit } from '../src/index.js';

// Published examples: python-stdnum `stdnum/th/pin.py` doctests (3100600445635,
// 1-2345-45678-78-1 valid; 1-2345-45678-78-9 bad checksum).
describe('thaiCitizenIdCheckDigit (MOD 11, weights 13..2)', () => {
  it.each([
    ['310060044563', 5],
    ['123454567878', 1],
    ['123456789012', 1],
    // sum = 1*13+1*12+0+1*10+7*9+0+0+2*6+3*5+0+7*3+0 = 146; 146 % 11 = 3; 11 - 3 = 8
    ['110170023070', 8],
  ])('%s -> %i', (first12, check) => {
    expect(thaiCitizenIdCheckDigit(first12)).toBe(check);
  });

  it.each([
    ['remainder 0 -> 11 -> 1', '000000000000', 1],
    ['remainder 1 -> 10 -> 0', '010000000000', 0],
    ['remainder 10 -> 1', '500000000000', 1],
  ])('%s', (_why, first12, check) => {
    expect(thaiCitizenIdCheckDigit(first12)).toBe(check);
  });

  it('refuses anything but 12 digits', () => {
    expect(() => thaiCitizenIdCheckDigit('31006004456')).toThrow(RangeError);
    expect(() => thaiCitizenIdCheckDigit('31006004456x')).toThrow(RangeError);
  });
});

describe('normalizeThaiCitizenId', () => {
  it.each([
    ['3100600445635', '3100600445635'],
    ['1-2345-45678-78-1', '1234545678781'],
    ['1 2345 45678 78 1', '1234545678781'],
    ['1234567890121', '1234567890121'],
    ['1101700230708', '1101700230708'],
    [' 3-1006-00445-63-5 ', '3100600445635'],
  ])('%s -> %s', (raw, wire) => {
    expect(normalizeThaiCitizenId(raw)).toBe(wire);
  });

  it.each([
    ['wrong check digit (stdnum example)', '1-2345-45678-78-9'],
    ['wrong check digit', '3100600445636'],
    ['transposed digits', '3010600445635'],
    ['12 digits', '310060044563'],
    ['14 digits', '31006004456350'],
    ['first digit 0 (not a person category)', '0066812345670'],
    ['first digit 9', '9100600445635'],
    ['letters', '31006OO445635'],
    ['empty', ''],
  ])('refuses %s (%s)', (_why, raw) => {
    expect(normalizeThaiCitizenId(raw)).toBeUndefined();
  });

  it('the 0066 phone form is never a citizen id even when its checksum fits', () => {
    // 006681234567 + its check digit would pass MOD 11 alone; the leading 0 rules it out.
    const first12 = '006681234567';
    const candidate = `${first12}${thaiCitizenIdCheckDigit(first12)}`;
    expect(normalizeThaiCitizenId(candidate)).toBeUndefined();
  });
});
