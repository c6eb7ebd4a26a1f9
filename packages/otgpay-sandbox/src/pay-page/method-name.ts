import type { CountryCode } from '../countries.js';

/**
 * The name a payer knows a method by, from the wire `payType` + `inBankCode`
 * (the sandbox speaks only the wire, so it keeps its own small table).
 */
const BANKS: Record<CountryCode, Record<string, string>> = {
  ID: {
    '002': 'BRI',
    '008': 'Mandiri',
    '009': 'BNI',
    '011': 'Danamon',
    '013': 'Permata',
    '014': 'BCA',
    '022': 'CIMB Niaga',
    '451': 'BSI',
  },
  TH: {
    '002': 'Bangkok Bank',
    '004': 'KBank',
    '006': 'Krungthai',
    '014': 'SCB',
    '025': 'Krungsri',
  },
  PK: {},
};

const MOBILE_APPS: Record<string, string> = {
  '002': 'Bangkok Bank Mobile Banking',
  '004': 'K PLUS',
  '006': 'Krungthai NEXT',
  '014': 'SCB Easy',
  '025': 'KMA (Krungsri)',
};

const WALLETS: Record<string, string> = {
  OVO: 'OVO',
  DANA: 'DANA',
  GOPAY: 'GoPay',
  SHOPEEPAY: 'ShopeePay',
  LINKAJA: 'LinkAja',
  TRUEMONEY: 'TrueMoney Wallet',
  JAZZCASH: 'JazzCash',
  EASYPAISA: 'Easypaisa',
};

const QR_NAMES: Record<CountryCode, string> = { ID: 'QRIS', TH: 'PromptPay', PK: 'Raast QR' };

export function methodName(country: CountryCode, payType: string, inBankCode: string): string {
  const code = inBankCode.toUpperCase();
  const bank = BANKS[country][code];
  switch (payType) {
    case 'QR':
      return QR_NAMES[country];
    case 'VA':
      return `${bank ?? `Bank ${code}`} Virtual Account`;
    case 'EWALLET':
      return WALLETS[code] ?? `${code} e-wallet`;
    case 'MOBILE_BANKING':
      return (country === 'TH' ? MOBILE_APPS[code] : undefined) ?? `${bank ?? code} mobile banking`;
    case 'BANK_TRANSFER':
      return code === 'RAAST' ? 'Raast' : `${bank ?? `Bank ${code}`} transfer`;
    default:
      return `${payType} ${code}`;
  }
}
