import { describe, expect, it } from 'vitest';
import { normalizeThaiBankAccountNumber } from '../src/index.js';

describe('normalizeThaiBankAccountNumber', () => {
  it.each([
    ['commercial bank, printed form', '123-4-56789-0', '1234567890'],
    ['commercial bank, plain', '1234567890', '1234567890'],
    ['with spaces', '123 4 56789 0', '1234567890'],
    ['11 digits', '12345678901', '12345678901'],
    ['state bank, 12 digits (GSB/BAAC)', '0200-1234-5678', '020012345678'],
    ['leading zeros kept', '0011234567', '0011234567'],
  ])('%s: %s -> %s', (_why, raw, wire) => {
    expect(normalizeThaiBankAccountNumber(raw)).toBe(wire);
  });

  it.each([
    ['9 digits', '123456789'],
    ['13 digits', '1234567890123'],
    ['letters', '12345678AB'],
    ['IBAN-like', 'TH1234567890'],
    ['empty', ''],
  ])('refuses %s (%s)', (_why, raw) => {
    expect(normalizeThaiBankAccountNumber(raw)).toBeUndefined();
  });
});
