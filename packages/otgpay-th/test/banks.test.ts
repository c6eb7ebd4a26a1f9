import { describe, expect, it } from 'vitest';
import { THAI_BANKS, thailandBanks } from '../src/index.js';

describe('THAI_BANKS', () => {
  it('has at least 15 banks with unique three-digit Bank of Thailand codes', () => {
    expect(THAI_BANKS.length).toBeGreaterThanOrEqual(15);
    const codes = THAI_BANKS.map((b) => b.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^\d{3}$/);
  });

  it.each([
    ['002', 'BBL'],
    ['004', 'KBANK'],
    ['006', 'KTB'],
    ['011', 'TTB'],
    ['014', 'SCB'],
    ['022', 'CIMBT'],
    ['024', 'UOBT'],
    ['025', 'BAY'],
    ['030', 'GSB'],
    ['033', 'GHB'],
    ['034', 'BAAC'],
    ['066', 'ISBT'],
    ['067', 'TISCO'],
    ['069', 'KKP'],
    ['070', 'ICBCT'],
    ['073', 'LHBANK'],
  ])('code %s is %s', (code, shortName) => {
    expect(thailandBanks.byCode(code)?.shortName).toBe(shortName);
  });

  it('SWIFT BICs, where given, are 8 characters with TH as country', () => {
    for (const bank of THAI_BANKS) {
      if (bank.swift !== undefined) expect(bank.swift).toMatch(/^[A-Z]{4}TH[A-Z0-9]{2}$/);
    }
  });
});

describe('thailandBanks.find', () => {
  it.each([
    ['by code', '014', '014'],
    ['by code with spaces', ' 004 ', '004'],
    ['by short name', 'SCB', '014'],
    ['by short name, lower case', 'kbank', '004'],
    ['by full name', 'Siam Commercial Bank', '014'],
    ['by full name, odd case and spacing', 'bangkok  BANK', '002'],
    ['by alias', 'Krungsri', '025'],
    ['by alias, former name', 'TMB', '011'],
    ['by alias, dots ignored', 'L.H. Bank', '073'],
    ['by Thai name', 'ธนาคารกสิกรไทย', '004'],
    ['by Thai alias', 'กรุงศรี', '025'],
    ['by Thai abbreviation with dots', 'ธ.ก.ส.', '034'],
    ['by alias', 'Kasikorn', '004'],
    ['by alias', 'UOB', '024'],
  ])('%s: %s -> %s', (_why, query, code) => {
    expect(thailandBanks.find(query)?.code).toBe(code);
  });

  it.each([
    ['unknown name', 'Bank of Nowhere'],
    ['merged Thanachart code (not an alias on purpose)', '065'],
    ['Indonesian bank', 'BCA'],
    ['empty', ''],
  ])('finds nothing for %s (%s)', (_why, query) => {
    expect(thailandBanks.find(query)).toBeUndefined();
  });
});
