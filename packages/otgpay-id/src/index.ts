export { normalizeIndonesianAccountNumber } from './bank-account-number.js';
export { INDONESIA_BANKS, type IndonesianBank, indonesiaBanks } from './banks.js';
export { type Ewallet, findEwallet, INDONESIA_EWALLETS, indonesiaEwallets } from './ewallets.js';
export { type IndonesiaOptions, indonesia } from './indonesia.js';
export {
  DEFAULT_QRIS_BANK,
  EWALLET_LIMITS,
  indonesiaMethods,
  QRIS_LIMITS,
  VIRTUAL_ACCOUNT_BANKS,
  VIRTUAL_ACCOUNT_LIMITS,
} from './methods.js';
export { INDONESIA_MOBILE_PREFIXES } from './mobile-prefixes.js';
export { normalizeNik } from './nik.js';
export { INDONESIA_PAYOUT_CHANNELS, INDONESIA_PAYOUT_LIMITS } from './payout-channels.js';
export { normalizeIndonesianPhone } from './phone.js';
