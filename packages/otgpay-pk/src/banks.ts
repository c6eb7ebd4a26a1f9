import { type BankDirectory, type BankInfo, createBankDirectory } from '@paymux/otgpay';

/**
 * Pakistani banks by IBAN bank identifier: the 4 letters in positions 5-8 of a PK IBAN
 * (`PK24 MUCB 0646 6099 7100 0177`), which under the State Bank of Pakistan's IBAN
 * guidelines (PSD Circular Letter No. 2 of 2012) equal the first 4 letters of the bank's
 * SWIFT BIC. This code is what travels as the payout `bankCode`.
 *
 * Sources, checked 2026-11-24 (the SBP guideline annex itself could not be retrieved):
 * - A: iban.pk bank code table (code, name and BIC side by side);
 * - B: bayfikr.net "Pakistani bank account number & IBANs" list of IBAN bank codes;
 * - C: the BIC head-office codes in a published SWIFT directory extract (first 4 letters);
 * - D: the banks' own IBAN pages: mcb.com.pk (MUCB, with a full example IBAN) and
 *   silkbank.com.pk (its IBANs use `SAUD`, so B's `SILK` is wrong: Silkbank is left out).
 * Each code below is in at least two of A-C; `sources` in the comment says which.
 * Habib Metropolitan is `MPBL` (A, B, C), not `HMBK`. Codes seen only in one source or
 * contradicted (e.g. a third-party validator listing `HBZM`, `PRSA`, `SMBL`) are left out.
 * Adding a bank: cite two independent sources here. A wrong code sends money to the wrong bank.
 */
export const PAKISTAN_BANKS: readonly BankInfo[] = [
  // A B C
  {
    code: 'ABPA',
    shortName: 'ABL',
    name: 'Allied Bank Limited',
    swift: 'ABPAPKKA',
    aliases: ['Allied Bank'],
  },
  // A B C
  {
    code: 'AIIN',
    shortName: 'Al Baraka',
    name: 'Al Baraka Bank (Pakistan) Limited',
    swift: 'AIINPKKA',
    aliases: ['Albaraka', 'Al Baraka Bank'],
  },
  // A B C
  {
    code: 'ALFH',
    shortName: 'Bank Alfalah',
    name: 'Bank Alfalah Limited',
    swift: 'ALFHPKKA',
    aliases: ['Alfalah', 'BAFL'],
  },
  // A B C
  {
    code: 'ASCM',
    shortName: 'Askari',
    name: 'Askari Bank Limited',
    swift: 'ASCMPKKA',
    aliases: ['Askari Bank', 'AKBL'],
  },
  // A B C
  {
    code: 'BAHL',
    shortName: 'Bank Al Habib',
    name: 'Bank AL Habib Limited',
    swift: 'BAHLPKKA',
    aliases: ['Al Habib'],
  },
  // A B C
  {
    code: 'BKIP',
    shortName: 'BankIslami',
    name: 'BankIslami Pakistan Limited',
    swift: 'BKIPPKKA',
    aliases: ['Bank Islami'],
  },
  // A B C
  {
    code: 'BPUN',
    shortName: 'BOP',
    name: 'The Bank of Punjab',
    swift: 'BPUNPKKA',
    aliases: ['Bank of Punjab'],
  },
  // A B C
  {
    code: 'DUIB',
    shortName: 'DIB',
    name: 'Dubai Islamic Bank Pakistan Limited',
    swift: 'DUIBPKKA',
    aliases: ['Dubai Islamic', 'Dubai Islamic Bank'],
  },
  // A B C
  {
    code: 'FAYS',
    shortName: 'Faysal Bank',
    name: 'Faysal Bank Limited',
    swift: 'FAYSPKKA',
    aliases: ['Faysal', 'FABL'],
  },
  // A B C
  {
    code: 'FWOM',
    shortName: 'FWBL',
    name: 'First Women Bank Limited',
    swift: 'FWOMPKKA',
    aliases: ['First Women Bank'],
  },
  // A B C
  {
    code: 'HABB',
    shortName: 'HBL',
    name: 'Habib Bank Limited',
    swift: 'HABBPKKA',
    aliases: ['Habib Bank'],
  },
  // B C
  { code: 'JSBL', shortName: 'JS Bank', name: 'JS Bank Limited', swift: 'JSBLPKKA' },
  // A B C
  {
    code: 'KHYB',
    shortName: 'BOK',
    name: 'The Bank of Khyber',
    swift: 'KHYBPKKA',
    aliases: ['Bank of Khyber'],
  },
  // B C
  {
    code: 'MEZN',
    shortName: 'Meezan',
    name: 'Meezan Bank Limited',
    swift: 'MEZNPKKA',
    aliases: ['Meezan Bank', 'MEBL'],
  },
  // A B C
  {
    code: 'MPBL',
    shortName: 'HabibMetro',
    name: 'Habib Metropolitan Bank Limited',
    swift: 'MPBLPKKA',
    aliases: ['Habib Metro', 'Habib Metropolitan', 'Habib Metropolitan Bank', 'HMB'],
  },
  // B C D
  {
    code: 'MUCB',
    shortName: 'MCB',
    name: 'MCB Bank Limited',
    swift: 'MUCBPKKA',
    aliases: ['MCB Bank', 'Muslim Commercial Bank'],
  },
  // B C
  {
    code: 'NBPA',
    shortName: 'NBP',
    name: 'National Bank of Pakistan',
    swift: 'NBPAPKKA',
    aliases: ['National Bank'],
  },
  // B C
  {
    code: 'SCBL',
    shortName: 'Standard Chartered',
    name: 'Standard Chartered Bank (Pakistan) Limited',
    swift: 'SCBLPKKX',
    aliases: ['SCB', 'StanChart'],
  },
  // B C
  { code: 'SIND', shortName: 'Sindh Bank', name: 'Sindh Bank Limited', swift: 'SINDPKKA' },
  // B C
  {
    code: 'SONE',
    shortName: 'Soneri',
    name: 'Soneri Bank Limited',
    swift: 'SONEPKKA',
    aliases: ['Soneri Bank'],
  },
  // B C
  {
    code: 'SUMB',
    shortName: 'Summit',
    name: 'Summit Bank Limited',
    swift: 'SUMBPKKA',
    aliases: ['Summit Bank'],
  },
  // B C
  {
    code: 'UNIL',
    shortName: 'UBL',
    name: 'United Bank Limited',
    swift: 'UNILPKKA',
    aliases: ['United Bank'],
  },
];

/**
 * Lookup by IBAN bank code (any case), short name, full name or alias, ignoring case,
 * spaces, dots, dashes and underscores: `HABB`, `habb`, `HBL`, `Habib Bank` are one bank.
 */
export const pakistanBanks: BankDirectory = createBankDirectory(PAKISTAN_BANKS);
