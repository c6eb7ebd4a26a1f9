import { checkMoney } from './check-money.js';
import { currencyExponent } from './currency.js';
import type { Money } from './money.js';

/** Locale used when `formatMoney` is called without one: the currency's home locale. */
const HOME_LOCALES: Readonly<Record<string, string>> = {
  IDR: 'id-ID',
  THB: 'th-TH',
  PKR: 'en-PK',
  JPY: 'ja-JP',
  SGD: 'en-SG',
  MYR: 'ms-MY',
  PHP: 'en-PH',
  VND: 'vi-VN',
  KRW: 'ko-KR',
  GBP: 'en-GB',
  INR: 'en-IN',
  EUR: 'de-DE',
};

/**
 * `money` as a human-readable string, exact to the minor unit: `Rp 150.000`, `฿1,234.50`.
 *
 * The bigint is split into integer and fraction digits as a decimal string and handed to
 * `Intl.NumberFormat` as a string, so no binary float ever holds the amount and nothing is
 * rounded. A zero fraction is hidden where the locale's currency style hides it (IDR), and
 * a non-zero fraction is always shown in full (`Rp 150.000,50`).
 */
export function formatMoney(money: Money, locale?: string): string {
  checkMoney(money);
  const exponent = currencyExponent(money.currency);
  const negative = money.amount < 0n;
  const digits = (negative ? -money.amount : money.amount).toString().padStart(exponent + 1, '0');
  const whole = exponent === 0 ? digits : digits.slice(0, -exponent);
  const fraction = exponent === 0 ? '' : digits.slice(-exponent);
  const decimal = `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;

  const resolvedLocale = locale ?? HOME_LOCALES[money.currency] ?? 'en-US';
  const localeDigits = new Intl.NumberFormat(resolvedLocale, {
    style: 'currency',
    currency: money.currency,
  }).resolvedOptions().minimumFractionDigits;
  const zeroFraction = /^0*$/.test(fraction);
  const minimumFractionDigits = zeroFraction
    ? Math.min(localeDigits ?? exponent, exponent)
    : exponent;

  const format = new Intl.NumberFormat(resolvedLocale, {
    style: 'currency',
    currency: money.currency,
    minimumFractionDigits,
    maximumFractionDigits: exponent,
  });
  return format.format(decimal as `${number}`);
}
