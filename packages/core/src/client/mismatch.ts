import type { PayoutDestination } from '../contract/method.js';
import type { Money } from '../money/money.js';

/**
 * What differs between a create request and an object found under its reference, in words
 * (`money: 20000000 IDR asked, 15000000 IDR found`). Empty when they match: the object is
 * then adopted as this call's result; otherwise the reference was reused for something else.
 */
export type Differences = readonly string[];

function moneyText(money: Money): string {
  return `${money.amount} ${money.currency}`;
}

export function moneyDifferences(asked: Money, found: Money): string[] {
  return asked.amount === found.amount && asked.currency === found.currency
    ? []
    : [`money: ${moneyText(asked)} asked, ${moneyText(found)} found`];
}

/** Compares destinations field by field; both must already be in one canonical form. */
export function destinationDifferences(
  asked: PayoutDestination,
  found: PayoutDestination,
): string[] {
  const out: string[] = [];
  for (const key of ['type', 'bank', 'accountNumber'] as const) {
    if (asked[key] !== found[key]) {
      out.push(`destination.${key}: ${asked[key]} asked, ${found[key]} found`);
    }
  }
  return out;
}

export function valueDifference(field: string, asked: string, found: string): string[] {
  return asked === found ? [] : [`${field}: ${asked} asked, ${found} found`];
}
