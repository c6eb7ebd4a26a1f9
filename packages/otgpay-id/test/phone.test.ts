import { describe, expect, it } from 'vitest';
import { normalizeIndonesianPhone } from '../src/phone.js';

describe('normalizeIndonesianPhone', () => {
  it.each([
    ['+62 812-3456-7890', '081234567890'],
    ['+6281234567890', '081234567890'],
    ['6281234567890', '081234567890'],
    ['0062 812 3456 7890', '081234567890'],
    ['+62 (0) 812 3456 7890', '081234567890'],
    ['0812-3456-7890', '081234567890'],
    ['0812.3456.7890', '081234567890'],
    ['(0812) 3456 7890', '081234567890'],
    ['  081234567890  ', '081234567890'],
    ['81234567890', '081234567890'],
    // Telkomsel 0811 (old 10-digit numbers), Indosat 0857, XL 0878, Tri 0896, Smartfren 0881
    ['0811234567', '0811234567'],
    ['+62 857 1234 5678', '085712345678'],
    ['0878-1234-5678', '087812345678'],
    ['0896 1234 56789', '0896123456789'],
    ['+62 881 0123 4567', '088101234567'],
  ])('%s -> %s', (raw, wire) => {
    expect(normalizeIndonesianPhone(raw)).toBe(wire);
    expect(wire).toMatch(/^08[0-9]{8,11}$/);
  });

  it.each([
    ['021 5550 1234', 'Jakarta landline'],
    ['+62 21 5550 1234', 'landline in international form'],
    ['(022) 4231234', 'Bandung landline'],
    ['0800 1234 567', 'toll-free'],
    ['081234567', 'total 9 digits, one short'],
    ['08123456789012', 'total 14 digits, one too many'],
    ['+65 8123 4567', 'Singapore'],
    ['+1 812 345 6789', 'another country code'],
    ['0812-3456-789O', 'letter O'],
    ['++6281234567890', 'double plus'],
    ['62', 'prefix only'],
    ['', 'empty'],
    ['０８１２３４５６７８９０', 'full-width digits'],
  ])('refuses %s (%s)', (raw) => {
    expect(normalizeIndonesianPhone(raw)).toBeUndefined();
  });

  it('refuses a non-string', () => {
    expect(normalizeIndonesianPhone(81234567890 as unknown as string)).toBeUndefined();
  });
});
