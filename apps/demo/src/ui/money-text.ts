import { formatMoney, type Money, toDecimalString } from '@paymux/core';

/**
 * An amount as the shop shows it: `Rp 150.000`, `฿1,500.00`, `Rs 1,500.00` (exact, from
 * the bigint; plain spaces; rupees always with paisa, as Pakistani receipts print them).
 */
export function moneyText(money: Money): string {
  const text = formatMoney(money).replace(/\u00a0/g, ' ');
  return money.currency === 'PKR' && !text.includes('.') ? `${text}.00` : text;
}

/** An amount as a form field shows it (major units, wire decimals): `150000`, `1500.00`. */
export function amountInput(money: Money, wireExponent: number): string {
  return toDecimalString(money, wireExponent);
}
