import { type BankDirectory, type BankInfo, createBankDirectory } from '@paymux/otgpay';

/** An Indonesian bank: its Bank Indonesia clearing code ("sandi bank") and account format. */
export interface IndonesianBank extends BankInfo {
  /**
   * Digit counts the bank's ordinary account numbers have, where two public sources agree.
   * Absent: any 6-20 digits are accepted.
   */
  readonly accountNumberLengths?: readonly number[];
}

/**
 * Indonesian banks by their three-digit interbank clearing code ("sandi bank" / "kode
 * bank transfer", the prefix typed at ATMs and used by SKN, RTGS and BI-FAST).
 *
 * A wrong code sends real money to the wrong bank, so a bank is listed only when at least two
 * independent public lists give it the same code. Checked 2026-11-24 against:
 * - the Bank Indonesia participant list as republished in
 *   https://gist.github.com/mishbah/486af29d50305fbd52c3 (old names, still-valid codes);
 * - https://github.com/vnxx/list-of-banks-in-indoneisa-json (code + SWIFT per bank);
 * - https://raw.githubusercontent.com/fajriyan/open-data/main/data-nasional/keuangan/bank-nasional.json
 *   (updated 2026-01-21);
 * - bank-code tables of Indonesian payment integrations (Finpay/DOKU disbursement maps,
 *   a lending platform's `BankCodes`) for the digital banks (Jago, SeaBank, Allo, Neo).
 * Digital banks keep the code of the bank they were converted from: Jago = ex Bank Artos 542,
 * SeaBank = ex Bank Kesejahteraan Ekonomi 535, Allo = ex Bank Harda 567, Neo Commerce = ex
 * Bank Yudha Bhakti 490, SMBC Indonesia = ex BTPN 213, KB Bank = ex Bukopin 441.
 * Left out on purpose because the sources disagree or only one lists them: HSBC (041 vs 087),
 * blu by BCA Digital (501 vs 5010), the legacy BSI codes 422/427.
 * SWIFT codes are copied from the vnxx list and are informative only (never sent).
 */
export const INDONESIA_BANKS: readonly IndonesianBank[] = [
  {
    code: '002',
    shortName: 'BRI',
    name: 'PT Bank Rakyat Indonesia (Persero) Tbk',
    aliases: ['Bank BRI', 'Bank Rakyat Indonesia'],
    swift: 'BRINIDJA',
    accountNumberLengths: [15],
  },
  {
    code: '008',
    shortName: 'Mandiri',
    name: 'PT Bank Mandiri (Persero) Tbk',
    aliases: ['Bank Mandiri'],
    swift: 'BMRIIDJA',
    accountNumberLengths: [13],
  },
  {
    code: '009',
    shortName: 'BNI',
    name: 'PT Bank Negara Indonesia (Persero) Tbk',
    aliases: ['Bank BNI', 'Bank Negara Indonesia'],
    swift: 'BNINIDJA',
  },
  {
    code: '011',
    shortName: 'Danamon',
    name: 'PT Bank Danamon Indonesia Tbk',
    aliases: ['Bank Danamon'],
    swift: 'BDINIDJA',
  },
  {
    code: '013',
    shortName: 'Permata',
    name: 'PT Bank Permata Tbk',
    aliases: ['Bank Permata', 'PermataBank'],
    swift: 'BBBAIDJA',
  },
  {
    code: '014',
    shortName: 'BCA',
    name: 'PT Bank Central Asia Tbk',
    aliases: ['Bank BCA', 'Bank Central Asia'],
    swift: 'CENAIDJA',
    accountNumberLengths: [10],
  },
  {
    code: '016',
    shortName: 'Maybank',
    name: 'PT Bank Maybank Indonesia Tbk',
    aliases: ['Maybank Indonesia', 'BII', 'Bank Internasional Indonesia'],
    swift: 'IBBKIDJA',
  },
  {
    code: '019',
    shortName: 'Panin',
    name: 'PT Bank Pan Indonesia Tbk',
    aliases: ['Panin Bank', 'Bank Panin'],
    swift: 'PINBIDJA',
  },
  {
    code: '022',
    shortName: 'CIMB Niaga',
    name: 'PT Bank CIMB Niaga Tbk',
    aliases: ['CIMB', 'Bank CIMB Niaga', 'Niaga'],
    swift: 'BNIAIDJA',
  },
  {
    code: '023',
    shortName: 'UOB',
    name: 'PT Bank UOB Indonesia',
    aliases: ['UOB Indonesia', 'TMRW'],
    swift: 'BBIJIDJA',
  },
  {
    code: '028',
    shortName: 'OCBC',
    name: 'PT Bank OCBC NISP Tbk',
    aliases: ['OCBC NISP', 'NISP'],
    swift: 'NISPIDJA',
  },
  {
    code: '031',
    shortName: 'Citibank',
    name: 'Citibank N.A.',
    aliases: ['Citi'],
    swift: 'CITIIDJX',
  },
  {
    code: '037',
    shortName: 'Artha Graha',
    name: 'PT Bank Artha Graha Internasional Tbk',
    aliases: ['Bank Artha Graha'],
    swift: 'ARTGIDJA',
  },
  {
    code: '046',
    shortName: 'DBS',
    name: 'PT Bank DBS Indonesia',
    aliases: ['DBS Indonesia', 'digibank'],
    swift: 'DBSBIDJA',
  },
  {
    code: '050',
    shortName: 'Standard Chartered',
    name: 'Standard Chartered Bank',
    aliases: ['StanChart'],
    swift: 'SCBLIDJX',
  },
  {
    code: '054',
    shortName: 'Bank Capital',
    name: 'PT Bank Capital Indonesia Tbk',
    aliases: ['Capital Indonesia'],
    swift: 'BCIAIDJA',
  },
  {
    code: '097',
    shortName: 'Mayapada',
    name: 'PT Bank Mayapada Internasional Tbk',
    aliases: ['Bank Mayapada'],
    swift: 'MAYAIDJA',
  },
  {
    code: '110',
    shortName: 'BJB',
    name: 'PT Bank Pembangunan Daerah Jawa Barat dan Banten Tbk',
    aliases: ['Bank BJB', 'Bank Jabar', 'Bank Jabar Banten'],
    swift: 'PDJBIDJA',
  },
  { code: '111', shortName: 'Bank DKI', name: 'PT Bank DKI', aliases: ['DKI'], swift: 'BDKIIDJA' },
  {
    code: '113',
    shortName: 'Bank Jateng',
    name: 'PT Bank Pembangunan Daerah Jawa Tengah',
    aliases: ['BPD Jateng', 'BPD Jawa Tengah'],
    swift: 'PDJGIDJ1',
  },
  {
    code: '114',
    shortName: 'Bank Jatim',
    name: 'PT Bank Pembangunan Daerah Jawa Timur Tbk',
    aliases: ['BPD Jatim', 'BPD Jawa Timur'],
    swift: 'PDJTIDJ1',
  },
  {
    code: '147',
    shortName: 'Muamalat',
    name: 'PT Bank Muamalat Indonesia Tbk',
    aliases: ['Bank Muamalat'],
    swift: 'MUABIDJA',
  },
  {
    code: '153',
    shortName: 'Sinarmas',
    name: 'PT Bank Sinarmas Tbk',
    aliases: ['Bank Sinarmas'],
    swift: 'SBJKIDJA',
  },
  {
    code: '200',
    shortName: 'BTN',
    name: 'PT Bank Tabungan Negara (Persero) Tbk',
    aliases: ['Bank BTN', 'Bank Tabungan Negara'],
    swift: 'BTANIDJA',
  },
  {
    code: '213',
    shortName: 'SMBC Indonesia',
    name: 'PT Bank SMBC Indonesia Tbk',
    aliases: ['BTPN', 'Bank BTPN', 'Jenius'],
    swift: 'BTPNIDJA',
  },
  {
    code: '426',
    shortName: 'Mega',
    name: 'PT Bank Mega Tbk',
    aliases: ['Bank Mega'],
    swift: 'MEGAIDJA',
  },
  {
    code: '441',
    shortName: 'KB Bank',
    name: 'PT Bank KB Indonesia Tbk',
    aliases: ['Bukopin', 'KB Bukopin', 'Bank Bukopin'],
    swift: 'BBUKIDJA',
  },
  {
    code: '451',
    shortName: 'BSI',
    name: 'PT Bank Syariah Indonesia Tbk',
    aliases: ['Bank Syariah Indonesia', 'BSM', 'Bank Syariah Mandiri'],
    swift: 'BSMDIDJA',
  },
  {
    code: '490',
    shortName: 'Bank Neo Commerce',
    name: 'PT Bank Neo Commerce Tbk',
    aliases: ['BNC', 'Neo Commerce', 'Bank Neo'],
  },
  {
    code: '506',
    shortName: 'Mega Syariah',
    name: 'PT Bank Mega Syariah',
    aliases: ['Bank Mega Syariah'],
    swift: 'BUTGIDJ1',
  },
  {
    code: '517',
    shortName: 'Panin Dubai Syariah',
    name: 'PT Bank Panin Dubai Syariah Tbk',
    aliases: ['Panin Syariah'],
    swift: 'ARFAIDJ1',
  },
  {
    code: '535',
    shortName: 'SeaBank',
    name: 'PT Bank Seabank Indonesia',
    aliases: ['Sea Bank', 'Bank Kesejahteraan Ekonomi'],
  },
  {
    code: '536',
    shortName: 'BCA Syariah',
    name: 'PT Bank BCA Syariah',
    aliases: ['Bank BCA Syariah'],
    swift: 'SYCAIDJ1',
  },
  { code: '542', shortName: 'Jago', name: 'PT Bank Jago Tbk', aliases: ['Bank Jago', 'Artos'] },
  {
    code: '567',
    shortName: 'Allo Bank',
    name: 'PT Allo Bank Indonesia Tbk',
    aliases: ['Allo', 'Bank Harda'],
  },
];

/** Lookup of Indonesian banks by clearing code, short name, full name or alias. */
export const indonesiaBanks: BankDirectory = createBankDirectory(INDONESIA_BANKS);
