export { type CanonicalOptions, canonicalString, compareBytes } from './canonical.js';
export {
  type KeyBytes,
  type KeyObjectLike,
  modulusBytes,
  type ParsedKey,
  parsePrivateKey,
  parsePublicKey,
} from './key-like.js';
export {
  KeyFormatError,
  type KeyKind,
  keyKind,
  unescapeKeyText,
} from './keys.js';
export { OtgpaySigner, type OtgpaySignerOptions } from './signer.js';
export { OtgpayVerifier, type OtgpayVerifierOptions } from './verifier.js';
export { importPrivateKey, importPublicKey, type WebCryptoKey } from './webcrypto-keys.js';
export { WebCryptoSigner } from './webcrypto-signer.js';
