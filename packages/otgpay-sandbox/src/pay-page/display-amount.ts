import type { Country } from '../countries.js';

/**
 * An amount as a payer reads it on a hosted checkout: `Rp 150.000`, `฿1,500.00`,
 * `Rs 1,500.00`. Built from the bigint's digits (never a float); plain spaces, so the
 * text reads the same in any font and in tests.
 */
const STYLE: Record<Country['code'], { symbol: string; group: string; decimal: string }> = {
  ID: { symbol: 'Rp ', group: '.', decimal: ',' },
  TH: { symbol: '฿', group: ',', decimal: '.' },
  PK: { symbol: 'Rs ', group: ',', decimal: '.' },
};

export function displayAmount(minor: bigint, country: Country): string {
  const style = STYLE[country.code];
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(country.exponent + 1, '0');
  const whole = country.exponent === 0 ? digits : digits.slice(0, -country.exponent);
  const fraction = country.exponent === 0 ? '' : digits.slice(-country.exponent);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, style.group);
  return `${negative ? '-' : ''}${style.symbol}${grouped}${fraction ? style.decimal + fraction : ''}`;
}
