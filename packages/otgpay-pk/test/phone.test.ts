import { describe, expect, it } from 'vitest';
import { normalizePakistanPhone } from '../src/index.js';

describe('normalizePakistanPhone', () => {
  it.each([
    ['+92 300 1234567', '03001234567'],
    ['+923001234567', '03001234567'],
    ['923001234567', '03001234567'],
    ['0092 300 1234567', '03001234567'],
    ['00923451234567', '03451234567'],
    ['0300-1234567', '03001234567'],
    ['03001234567', '03001234567'],
    ['(0321) 123-4567', '03211234567'],
    ['+92 (0)333 1234567', '03331234567'],
    ['+92-312-1234567', '03121234567'],
    ['3001234567', '03001234567'],
    ['  0300 1234567  ', '03001234567'],
    ['0300.123.4567', '03001234567'],
    // review: country code without plus, then the trunk 0 (as '+92 0300…' already works)
    ['92 0300 1234567', '03001234567'],
    ['9203001234567', '03001234567'],
    ['+92-300-1234567', '03001234567'],
  ])('%s -> %s', (raw, wire) => {
    expect(normalizePakistanPhone(raw)).toBe(wire);
    expect(wire).toMatch(/^03\d{9}$/);
  });

  it.each([
    ['landline Karachi', '021 34567890'],
    ['landline with country code', '+92 21 3456 7890'],
    ['one digit short', '0300123456'],
    ['one digit long', '030012345678'],
    ['Indonesian mobile', '081234567890'],
    ['other country code', '+91 300 1234567'],
    ['letters', '0300-12345AB'],
    ['empty', ''],
    ['92 prefix but 13 digits', '9230012345678'],
    ['full-width digits', '０３００１２３４５６７'],
    ['mobile not starting with 3', '+92 400 1234567'],
  ])('refuses %s (%s)', (_label, raw) => {
    expect(normalizePakistanPhone(raw)).toBeUndefined();
  });
});
