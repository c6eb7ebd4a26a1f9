import {
  type CreateChargeInput,
  type CreatePayoutInput,
  type Normalized,
  ValidationError,
} from '@paymux/core';
import { type CountryAdapter, defineCountryAdapter } from '@paymux/otgpay';
import { normalizeIndonesianAccountNumber } from './bank-account-number.js';
import { indonesiaBanks } from './banks.js';
import { findEwallet } from './ewallets.js';
import { DEFAULT_QRIS_BANK, type IndonesiaLimitOverrides, indonesiaMethods } from './methods.js';
import { normalizeNik } from './nik.js';
import { INDONESIA_PAYOUT_CHANNELS } from './payout-channels.js';
import { normalizeIndonesianPhone } from './phone.js';

export interface IndonesiaOptions {
  /** Narrow or widen amount limits, in IDR minor units (see `IndonesiaLimitOverrides`). */
  readonly limits?: IndonesiaLimitOverrides;
  /** The bank sent as `inBankCode` with QRIS (code, name or alias). Default `014` (BCA). */
  readonly qrisBank?: string;
}

/** Names typed on some keyboards arrive decomposed (`e` + U+0302); the wire wants letters. */
function composed<T extends { readonly name: string }>(party: T): T {
  return typeof party?.name === 'string' ? { ...party, name: party.name.normalize('NFC') } : party;
}

/** The code of a bank (virtual_account, bank_account) or wallet (ewallet) named loosely. */
function channelCode(type: string, name: string | undefined): string | undefined {
  if (typeof name !== 'string') return undefined;
  if (type === 'virtual_account' || type === 'bank_account') return indonesiaBanks.find(name)?.code;
  if (type === 'ewallet') return findEwallet(name)?.code;
  return undefined;
}

/**
 * The OTGPAY country adapter for Indonesia (IDR, whole rupiah on the wire, UTC+7): QRIS,
 * bank virtual accounts and e-wallets for collection; bank accounts and e-wallets for payouts.
 * Banks and wallets may be named by code, short name or alias; they are resolved to codes here.
 */
export function indonesia(options: IndonesiaOptions = {}): CountryAdapter {
  const qrisBank = indonesiaBanks.find(options.qrisBank ?? DEFAULT_QRIS_BANK);
  if (!qrisBank) {
    throw new ValidationError(`qrisBank "${options.qrisBank}" is not an Indonesian bank`, {
      field: 'qrisBank',
      rule: 'enum',
    });
  }
  const base = defineCountryAdapter({
    country: 'ID',
    currency: 'IDR',
    wireExponent: 0,
    utcOffset: '+07:00',
    methods: indonesiaMethods(options.limits, qrisBank.code),
    payoutChannels: INDONESIA_PAYOUT_CHANNELS,
    normalizePhone: normalizeIndonesianPhone,
    phoneExample: '081234567890',
    normalizeNationalId: normalizeNik,
    payoutRequiresNationalId: false,
    normalizeAccountNumber: normalizeIndonesianAccountNumber,
  });

  return {
    ...base,
    toChargeFields(input: Normalized<CreateChargeInput>) {
      const code = channelCode(input.method?.type, input.method?.channel);
      const method = code === undefined ? input.method : { ...input.method, channel: code };
      return base.toChargeFields({ ...input, method, customer: composed(input.customer) });
    },
    toPayoutFields(input: Normalized<CreatePayoutInput>) {
      const code = channelCode(input.destination?.type, input.destination?.bank);
      const destination =
        code === undefined ? input.destination : { ...input.destination, bank: code };
      return base.toPayoutFields({ ...input, destination, recipient: composed(input.recipient) });
    },
    fromWireMethod(payType: string, inBankCode: string) {
      // QRIS is one method whichever acquiring bank the order went through.
      if (payType === 'QR') return { type: 'qr' };
      return base.fromWireMethod(payType, inBankCode);
    },
  };
}
