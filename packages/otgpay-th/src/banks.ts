import { type BankDirectory, type BankInfo, createBankDirectory } from '@paymux/otgpay';

/**
 * Thai banks by their Bank of Thailand three-digit institution code (the first part of the
 * Thai Central Bank Code, THCBC, which ISO 20022 lists as clearing system `THCBC`), as used
 * by ITMX/PromptPay and BAHTNET and sent by OTGPAY as `bankCode`.
 *
 * Checked 2026-07 (no live access to bot.or.th from here). Every code below is confirmed by at
 * least two independent published lists:
 *  1. a bank_mapping table keyed by BOT code with the full legal names
 *     (github.com/whx159/DCMS-UAT, 222/1222.sql);
 *  2. a "banks operating in Thailand (BOT ecosystem)" code table (THAI_BANK_OPTIONS);
 *  3. a BOT-code table with SWIFT BICs (thaiBankInfo, codes 001–098);
 *  4. a bank table with official English names and SWIFT BICs (banks: Record<BankCode, Bank>);
 *     it gives TTB as 076, which every other source contradicts (011): 011 kept.
 * Payment-gateway lists (Omise supported banks, Starpago/Apifox Thailand bank table) name the
 * same institutions by letter codes and were used to cross-check names and aliases.
 * SWIFT BICs are given only where two sources agree; otherwise left out.
 *
 * Not included because only one source had them: 020 Standard Chartered (Thai), 052 Bank of
 * China (Thai). 065 Thanachart merged into TTB (011) in 2021 and is deliberately not an alias.
 */
export const THAI_BANKS: readonly BankInfo[] = [
  {
    code: '002',
    shortName: 'BBL',
    name: 'Bangkok Bank',
    aliases: ['Bangkok Bank Public Company Limited', 'ธนาคารกรุงเทพ', 'กรุงเทพ'],
    swift: 'BKKBTHBK',
  },
  {
    code: '004',
    shortName: 'KBANK',
    name: 'Kasikornbank',
    aliases: ['Kasikorn', 'Kasikorn Bank', 'KBank', 'ธนาคารกสิกรไทย', 'กสิกรไทย'],
    swift: 'KASITHBK',
  },
  {
    code: '006',
    shortName: 'KTB',
    name: 'Krung Thai Bank',
    aliases: ['Krungthai', 'ธนาคารกรุงไทย', 'กรุงไทย'],
    swift: 'KRTHTHBK',
  },
  {
    code: '011',
    shortName: 'TTB',
    name: 'TMBThanachart Bank',
    aliases: ['TMB', 'TMB Bank', 'ttb', 'TMBThanachart', 'ธนาคารทหารไทยธนชาต', 'ทหารไทยธนชาต'],
    swift: 'TMBKTHBK',
  },
  {
    code: '014',
    shortName: 'SCB',
    name: 'Siam Commercial Bank',
    aliases: ['The Siam Commercial Bank', 'ธนาคารไทยพาณิชย์', 'ไทยพาณิชย์'],
    swift: 'SICOTHBK',
  },
  {
    code: '017',
    shortName: 'CITI',
    name: 'Citibank N.A.',
    aliases: ['Citibank', 'ธนาคารซิตี้แบงก์'],
  },
  {
    code: '018',
    shortName: 'SMBC',
    name: 'Sumitomo Mitsui Banking Corporation',
    aliases: ['Sumitomo Mitsui'],
  },
  {
    code: '022',
    shortName: 'CIMBT',
    name: 'CIMB Thai Bank',
    aliases: ['CIMB', 'CIMB Thai', 'ธนาคารซีไอเอ็มบีไทย'],
    swift: 'UBOBTHBK',
  },
  {
    code: '024',
    shortName: 'UOBT',
    name: 'United Overseas Bank (Thai)',
    aliases: ['UOB', 'UOB Thailand', 'ธนาคารยูโอบี'],
    swift: 'UOVBTHBK',
  },
  {
    code: '025',
    shortName: 'BAY',
    name: 'Bank of Ayudhya',
    aliases: ['Krungsri', 'Bank of Ayudhya (Krungsri)', 'ธนาคารกรุงศรีอยุธยา', 'กรุงศรี'],
    swift: 'AYUDTHBK',
  },
  {
    code: '030',
    shortName: 'GSB',
    name: 'Government Savings Bank',
    aliases: ['Omsin', 'ธนาคารออมสิน', 'ออมสิน'],
    swift: 'GSBATHBK',
  },
  {
    code: '031',
    shortName: 'HSBC',
    name: 'The Hongkong and Shanghai Banking Corporation',
    aliases: ['HSBC Thailand'],
  },
  {
    code: '033',
    shortName: 'GHB',
    name: 'Government Housing Bank',
    aliases: ['GH Bank', 'ธนาคารอาคารสงเคราะห์'],
  },
  {
    code: '034',
    shortName: 'BAAC',
    name: 'Bank for Agriculture and Agricultural Cooperatives',
    aliases: ['ธ.ก.ส.', 'ธกส', 'ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร'],
    swift: 'BAABTHBK',
  },
  {
    code: '066',
    shortName: 'ISBT',
    name: 'Islamic Bank of Thailand',
    aliases: ['IBANK', 'ธนาคารอิสลามแห่งประเทศไทย'],
  },
  {
    code: '067',
    shortName: 'TISCO',
    name: 'TISCO Bank',
    aliases: ['ธนาคารทิสโก้'],
    swift: 'TFPCTHB1',
  },
  {
    code: '069',
    shortName: 'KKP',
    name: 'Kiatnakin Phatra Bank',
    aliases: ['Kiatnakin', 'Kiatnakin Bank', 'Kiatnakin Phatra', 'KK', 'ธนาคารเกียรตินาคินภัทร'],
  },
  {
    code: '070',
    shortName: 'ICBCT',
    name: 'Industrial and Commercial Bank of China (Thai)',
    aliases: ['ICBC', 'ICBC Thai', 'ธนาคารไอซีบีซี (ไทย)'],
  },
  {
    code: '071',
    shortName: 'TCRB',
    name: 'Thai Credit Bank',
    aliases: ['Thai Credit', 'Thai Credit Retail Bank', 'ธนาคารไทยเครดิต'],
    swift: 'THCETHB1',
  },
  {
    code: '073',
    shortName: 'LHBANK',
    name: 'Land and Houses Bank',
    aliases: ['LH Bank', 'LHB', 'Land and Houses', 'ธนาคารแลนด์ แอนด์ เฮ้าส์'],
  },
  {
    code: '098',
    shortName: 'SME D',
    name: 'Small and Medium Enterprise Development Bank of Thailand',
    aliases: ['SME Bank', 'SME Development Bank'],
  },
];

/** Thai banks by code, short name, name or alias (case-, space- and dot-insensitive). */
export const thailandBanks: BankDirectory = createBankDirectory(THAI_BANKS);
