export { type CanonicalOptions, canonicalString, compareBytes } from './canonical.js';
export {
  KeyFormatError,
  type KeyKind,
  keyKind,
  modulusBytes,
  parsePrivateKey,
  parsePublicKey,
  unescapeKeyText,
} from './keys.js';
export { OtgpaySigner, type OtgpaySignerOptions } from './signer.js';
