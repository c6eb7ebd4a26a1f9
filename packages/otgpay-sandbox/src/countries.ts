/** The three OTGPAY markets the sandbox serves (protocol §5). */

export type CountryCode = 'ID' | 'TH' | 'PK';
/** The currency of each sandbox market: IDR (Indonesia), THB (Thailand), PKR (Pakistan). */
export type CurrencyCode = 'IDR' | 'THB' | 'PKR';

export interface Country {
  code: CountryCode;
  currency: CurrencyCode;
  /** Decimal places of the wire amount format (IDR whole rupiah, THB/PKR two). */
  exponent: 0 | 2;
  /** Offset of the country's local time from UTC, in minutes. */
  offsetMinutes: number;
  phone: RegExp;
  /** Default appId the sandbox hands out for this country. */
  appId: number;
  /** ISO 4217 numeric code, used in the EMVCo-like QR payload. */
  numericCurrency: string;
  city: string;
}

/**
 * The rules the sandbox applies per market: currency, wire decimals (IDR 0, THB/PKR 2), UTC
 * offset for dates and settlement days (+7 h, +7 h, +5 h), the phone pattern of protocol §5
 * and the appId it hands out (ID 1054, TH 1066, PK 1092).
 */
export const COUNTRIES: Record<CountryCode, Country> = {
  ID: {
    code: 'ID',
    currency: 'IDR',
    exponent: 0,
    offsetMinutes: 7 * 60,
    phone: /^08[0-9]{8,11}$/,
    appId: 1054,
    numericCurrency: '360',
    city: 'JAKARTA',
  },
  TH: {
    code: 'TH',
    currency: 'THB',
    exponent: 2,
    offsetMinutes: 7 * 60,
    phone: /^0\d{9}$/,
    appId: 1066,
    numericCurrency: '764',
    city: 'BANGKOK',
  },
  PK: {
    code: 'PK',
    currency: 'PKR',
    exponent: 2,
    offsetMinutes: 5 * 60,
    phone: /^03\d{9}$/,
    appId: 1092,
    numericCurrency: '586',
    city: 'KARACHI',
  },
};

export const COUNTRY_CODES: readonly CountryCode[] = ['ID', 'TH', 'PK'];

export function isCountryCode(value: unknown): value is CountryCode {
  return value === 'ID' || value === 'TH' || value === 'PK';
}
