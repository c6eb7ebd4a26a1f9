export { type CanonicalOptions, canonicalString, compareBytes } from './canonical.js';
export { KeyFormatError, type KeyKind, unescapeKeyText } from './key-format-error.js';
export {
  type KeyBytes,
  type KeyObjectLike,
  modulusBytes,
  type ParsedKey,
  parsePrivateKey,
  parsePublicKey,
} from './key-like.js';
export { keyKind, type RsaKeyInfo, readPrivateKey, readPublicKey } from './key-read.js';
export { isNode } from './node-builtins.js';
export { OtgpaySigner, type OtgpaySignerOptions } from './signer.js';
export { OtgpayVerifier, type OtgpayVerifierOptions } from './verifier.js';
export { importPrivateKey, importPublicKey, type WebCryptoKey } from './webcrypto-keys.js';
export { WebCryptoSigner } from './webcrypto-signer.js';
