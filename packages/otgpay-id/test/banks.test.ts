import { describe, expect, it } from 'vitest';
import { INDONESIA_BANKS, indonesiaBanks } from '../src/banks.js';
import { VIRTUAL_ACCOUNT_BANKS } from '../src/methods.js';

describe('Indonesian bank table', () => {
  it('has at least 20 banks, each with a unique three-digit clearing code', () => {
    expect(INDONESIA_BANKS.length).toBeGreaterThanOrEqual(20);
    for (const bank of INDONESIA_BANKS) expect(bank.code).toMatch(/^\d{3}$/);
    expect(new Set(INDONESIA_BANKS.map((b) => b.code)).size).toBe(INDONESIA_BANKS.length);
  });

  // The codes the brief and both public sources agree on; a change here must be deliberate.
  it.each([
    ['002', 'BRI'],
    ['008', 'Mandiri'],
    ['009', 'BNI'],
    ['011', 'Danamon'],
    ['013', 'Permata'],
    ['014', 'BCA'],
    ['022', 'CIMB Niaga'],
    ['200', 'BTN'],
    ['451', 'BSI'],
    ['542', 'Jago'],
  ])('%s is %s', (code, shortName) => {
    expect(indonesiaBanks.byCode(code)?.shortName).toBe(shortName);
  });

  it('contains every virtual-account bank', () => {
    for (const code of VIRTUAL_ACCOUNT_BANKS) expect(indonesiaBanks.byCode(code)).toBeDefined();
  });

  it.each([
    ['014', '014', 'code'],
    [' 014 ', '014', 'code with spaces'],
    ['BCA', '014', 'short name'],
    ['bca', '014', 'short name, lower case'],
    ['PT Bank Central Asia Tbk', '014', 'full name'],
    ['bank central asia', '014', 'alias, lower case'],
    ['Bank Syariah Mandiri', '451', 'alias of a merged bank'],
    ['bsi', '451', 'short name, lower case'],
    ['cimb', '022', 'alias'],
    ['CIMB-Niaga', '022', 'dash instead of space'],
    ['Jenius', '213', 'product name alias'],
    ['seabank', '535', 'digital bank'],
    ['Bank Jabar', '110', 'regional bank alias'],
  ])('finds %s -> %s (%s)', (query, code) => {
    expect(indonesiaBanks.find(query)?.code).toBe(code);
  });

  it.each(['999', 'Bank of Narnia', '14', 'OVO', ''])('does not find %s', (query) => {
    expect(indonesiaBanks.find(query)).toBeUndefined();
  });
});
