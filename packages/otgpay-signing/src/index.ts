export { type CanonicalOptions, canonicalString, compareBytes } from './canonical.js';
export { modulusBytes, parsePrivateKey, parsePublicKey } from './keys.js';
export { OtgpaySigner, type OtgpaySignerOptions } from './signer.js';
