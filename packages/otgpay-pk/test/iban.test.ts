import { describe, expect, it } from 'vitest';
import { checkPakistanIban, ibanChecksumValid } from '../src/index.js';

describe('ibanChecksumValid (ISO 7064 MOD 97-10)', () => {
  it.each([
    // Published examples: MCB Bank's IBAN page; the SWIFT IBAN registry / Wikipedia PK example;
    // the ECBS/Wikipedia textbook examples for other countries.
    ['PK24MUCB0646609971000177', true],
    ['PK36SCBL0000001123456702', true],
    ['GB82WEST12345698765432', true],
    ['DE89370400440532013000', true],
    // One digit changed, two digits swapped, wrong check digits.
    ['PK24MUCB0646609971000178', false],
    ['PK24MUCB0646609971001077', false],
    ['PK25MUCB0646609971000177', false],
    // Examples printed on public pages that do not pass MOD-97 (made-up numbers).
    ['PK36MEZN0001010123456789', false],
    ['PK53SAUD0001345678908765', false],
  ])('%s -> %s', (iban, valid) => {
    expect(ibanChecksumValid(iban)).toBe(valid);
  });
});

describe('checkPakistanIban', () => {
  it.each([
    ['PK24MUCB0646609971000177', 'PK24MUCB0646609971000177', 'MUCB'],
    ['PK24 MUCB 0646 6099 7100 0177', 'PK24MUCB0646609971000177', 'MUCB'],
    ['pk24mucb0646609971000177', 'PK24MUCB0646609971000177', 'MUCB'],
    [' PK36-SCBL-0000-0011-2345-6702 ', 'PK36SCBL0000001123456702', 'SCBL'],
  ])('%s is valid', (raw, iban, bankCode) => {
    expect(checkPakistanIban(raw)).toEqual({ ok: true, iban, bankCode });
  });

  it.each([
    ['too short', 'PK24MUCB064660997100017', 'format'],
    ['too long', 'PK24MUCB06466099710001770', 'format'],
    ['other country', 'GB82WEST12345698765432', 'format'],
    ['digits in bank code', 'PK24MUC10646609971000177', 'format'],
    ['bare account number', '0646609971000177', 'format'],
    ['letters in check digits', 'PKABMUCB0646609971000177', 'format'],
    ['empty', '', 'format'],
    ['wrong check digits', 'PK25MUCB0646609971000177', 'checksum'],
    ['swapped digits', 'PK24MUCB0646609971001077', 'checksum'],
  ])('refuses %s', (_label, raw, reason) => {
    expect(checkPakistanIban(raw)).toEqual({ ok: false, reason });
  });
});
