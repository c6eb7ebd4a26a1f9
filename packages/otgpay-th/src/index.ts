export { normalizeThaiBankAccountNumber } from './bank-account-number.js';
export { THAI_BANKS, thailandBanks } from './banks.js';
export { normalizeThaiCitizenId, thaiCitizenIdCheckDigit } from './citizen-id.js';
export { PROMPTPAY, THAI_METHODS, TRUEMONEY } from './methods.js';
export { THAI_PAYOUT_CHANNELS, THAI_PAYOUT_LIMITS } from './payout-channels.js';
export { normalizeThaiPhone, THAI_PHONE_EXAMPLE } from './phone.js';
export { normalizePromptPayId } from './promptpay-id.js';
export { type ThailandOptions, thailand } from './thailand.js';
export { thailandWallets } from './wallets.js';
