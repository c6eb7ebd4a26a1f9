import type { PayoutDestination } from '@paymux/core';
import { pakistanBanks } from './banks.js';
import { PAKISTAN_PAYOUT_WALLETS } from './payout-channels.js';

function key(value: string): string {
  return value.toUpperCase().replace(/[\s._-]+/g, '');
}

/**
 * The channel code for `destination.bank` as a merchant may write it: a bank's IBAN code,
 * short name, full name or alias (`HBL`, `Habib Bank`, `habb` -> `HABB`), or a wallet
 * name in any spelling (`Jazz Cash` -> `JAZZCASH`). Unknown names come back unchanged,
 * and the adapter then refuses them on `destination.bank`.
 */
export function resolveDestinationBank(destination: PayoutDestination): string {
  const raw = typeof destination.bank === 'string' ? destination.bank : '';
  if (destination.type === 'bank_account') return pakistanBanks.find(raw)?.code ?? raw;
  const wanted = key(raw);
  return PAKISTAN_PAYOUT_WALLETS.find((w) => key(w.bank) === wanted)?.bank ?? raw;
}
