export { PAKISTAN_BANKS, pakistanBanks } from './banks.js';
export { normalizeCnic } from './cnic.js';
export { checkPakistanIban, ibanChecksumValid, type PakistanIbanCheck } from './iban.js';
export { PAKISTAN_METHODS, type PakistanCollectionChannel } from './methods.js';
export { type PakistanOptions, pakistan } from './pakistan.js';
export { normalizePayoutAccount } from './payout-account.js';
export {
  PAKISTAN_PAYOUT_CHANNELS,
  PAKISTAN_PAYOUT_LIMITS,
  PAKISTAN_PAYOUT_WALLETS,
} from './payout-channels.js';
export { normalizePakistanPhone } from './phone.js';
