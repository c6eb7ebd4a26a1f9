import { describe, expect, it } from 'vitest';
import { normalizeNik } from '../src/nik.js';

// Synthetic NIKs built from the published layout (PP RR DD ddmmyy SSSS): real ones are
// personal data. A NIK has no check digit, so structure is what can be checked.
describe('normalizeNik', () => {
  it.each([
    ['3173010107900001', '3173010107900001', 'DKI Jakarta 31, man born 1990-07-01'],
    ['3173014107900001', '3173014107900001', 'same, woman (day + 40)'],
    ['3273 0571 1299 0002', '3273057112990002', 'Jawa Barat 32, woman born 31 Dec, spaces'],
    ['5171.0229.0200.0003', '5171022902000003', 'Bali 51, 29 Feb, dots'],
    ['9471-01-310185-0001', '9471013101850001', 'Papua 94, dashes'],
    ['1101016911800001', '1101016911800001', 'Aceh 11, woman born 29 Nov'],
  ])('%s -> %s (%s)', (raw, wire) => {
    expect(normalizeNik(raw)).toBe(wire);
  });

  it.each([
    ['317301010790000', '15 digits'],
    ['31730101079000011', '17 digits'],
    ['3173010107900000', 'serial 0000'],
    ['2073010107900001', 'province 20 does not exist'],
    ['9973010107900001', 'province 99 does not exist'],
    ['3100010107900001', 'regency 00'],
    ['3173000107900001', 'district 00'],
    ['3173010013900001', 'month 13'],
    ['3173010000900001', 'day 00'],
    ['3173013202900001', 'day 32'],
    ['3173017202900001', 'woman day 72 (32)'],
    ['3173013102900001', '31 February'],
    ['3173013104900001', '31 April'],
    ['31730101079A0001', 'letter'],
    ['', 'empty'],
  ])('refuses %s (%s)', (raw) => {
    expect(normalizeNik(raw)).toBeUndefined();
  });
});
