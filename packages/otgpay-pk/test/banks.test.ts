import { describe, expect, it } from 'vitest';
import { PAKISTAN_BANKS, pakistanBanks } from '../src/index.js';

describe('pakistanBanks', () => {
  it('has at least 15 banks, each with a 4-letter IBAN code equal to its BIC prefix', () => {
    expect(PAKISTAN_BANKS.length).toBeGreaterThanOrEqual(15);
    for (const bank of PAKISTAN_BANKS) {
      expect(bank.code).toMatch(/^[A-Z]{4}$/);
      expect(bank.swift?.slice(0, 6)).toBe(`${bank.code}PK`);
    }
  });

  it.each([
    ['HABB', 'HABB'],
    ['habb', 'HABB'],
    [' HBL ', 'HABB'],
    ['Habib Bank Limited', 'HABB'],
    ['habib bank', 'HABB'],
    ['MCB', 'MUCB'],
    ['Muslim Commercial Bank', 'MUCB'],
    ['UBL', 'UNIL'],
    ['United Bank Limited', 'UNIL'],
    ['ABL', 'ABPA'],
    ['NBP', 'NBPA'],
    ['Bank Al Habib', 'BAHL'],
    ['bank al-habib', 'BAHL'],
    ['Alfalah', 'ALFH'],
    ['meezan', 'MEZN'],
    ['Faysal', 'FAYS'],
    ['Askari Bank', 'ASCM'],
    ['StanChart', 'SCBL'],
    ['JS Bank', 'JSBL'],
    ['Soneri', 'SONE'],
    ['Bank Islami', 'BKIP'],
    ['DIB', 'DUIB'],
    ['Habib Metro', 'MPBL'],
    ['summit bank', 'SUMB'],
    ['Bank of Khyber', 'KHYB'],
    ['BOP', 'BPUN'],
  ])('find(%j) is %s', (query, code) => {
    expect(pakistanBanks.find(query)?.code).toBe(code);
  });

  it('byCode is case-insensitive and exact', () => {
    expect(pakistanBanks.byCode('mezn')?.name).toBe('Meezan Bank Limited');
    expect(pakistanBanks.byCode('HBL')).toBeUndefined();
  });

  it.each(['HMBK', 'Silkbank', 'Bank of America', '', 'HAB'])('knows no %j', (query) => {
    expect(pakistanBanks.find(query)).toBeUndefined();
  });
});
