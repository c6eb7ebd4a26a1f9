import { currencyExponent, type ReconciliationProfile, ValidationError } from '@paymux/core';
import type { CountryAdapter } from '../country-adapter.js';

/** The IANA zones of OTGPAY's markets; OTGPAY dates are in the country's local time. */
const COUNTRY_TIME_ZONES: Readonly<Record<string, string>> = {
  ID: 'Asia/Jakarta',
  TH: 'Asia/Bangkok',
  PK: 'Asia/Karachi',
};

/** `+07:00` → `Etc/GMT-7` (the Etc zones count west-positive); undefined unless whole hours. */
function fixedOffsetZone(utcOffset: string): string | undefined {
  const match = /^([+-])(\d{2}):00$/.exec(utcOffset);
  if (!match) return undefined;
  const hours = Number(match[2]);
  if (hours === 0) return 'UTC';
  return `Etc/GMT${match[1] === '+' ? '-' : '+'}${hours}`;
}

/**
 * OTGPAY's books for reconciliation: days in the country's zone, settlement T+1, fees charged
 * in wire units (IDR: whole rupiah, 100 minor units). The rates are the merchant's contract,
 * not known here: pass `fees` to `paymux.reconcile`.
 */
export function otgpayReconciliationProfile(
  adapter: CountryAdapter,
  currency: string,
): ReconciliationProfile {
  if (currency !== adapter.currency) {
    throw new ValidationError(`this provider holds ${adapter.currency}, not ${currency}`, {
      field: 'currency',
      rule: 'currency',
    });
  }
  const timeZone =
    COUNTRY_TIME_ZONES[adapter.country] ?? fixedOffsetZone(adapter.utcOffset) ?? 'UTC';
  const unit = 10n ** BigInt(Math.max(0, currencyExponent(currency) - adapter.wireExponent));
  return { currency, timeZone, settlementLagDays: 1, fees: { unit } };
}
