import {
  BIT_STRING,
  bitLength,
  children,
  isRsaAlgorithm,
  OCTET_STRING,
  pkcs1PrivateToPkcs8,
  pkcs1PublicToSpki,
  positiveInteger,
  SEQUENCE,
  smallInteger,
  type Tlv,
  toHex,
  whole,
} from './der.js';
import { KeyFormatError, type KeyKind, unescapeKeyText } from './key-format-error.js';
import type { KeyObjectLike } from './key-like.js';

/**
 * An RSA key read from its text or KeyObject without any crypto library: what it is, its
 * DER in the form WebCrypto imports, and its public numbers. Reading checks the whole ASN.1
 * shape (PKCS#8 / PKCS#1 / SPKI, every RSA integer present and positive); the numbers
 * themselves are checked by the crypto library that uses the key.
 */
export interface RsaKeyInfo {
  /** `private` or `public`. */
  readonly kind: 'private' | 'public';
  /** PKCS#8 PrivateKeyInfo (private) or SubjectPublicKeyInfo (public) DER; PKCS#1 is wrapped. */
  readonly der: Uint8Array;
  /** Size of the modulus in bits (2048 for the keys OTGPAY issues). */
  readonly modulusBits: number;
  /** The modulus, lower-case hex without leading zeros: two keys are one pair when it matches. */
  readonly modulus: string;
  /** The public exponent, lower-case hex without leading zeros (`010001`). */
  readonly publicExponent: string;
}

/** A key of another algorithm (EC, Ed25519, RSA-PSS …), or the kind of an unusable input. */
interface Described {
  readonly kind: KeyKind;
  /** PKCS#8 or SPKI DER of a private or public key (any algorithm). */
  readonly der?: Uint8Array;
  /** Present for RSA keys. */
  readonly rsa?: RsaKeyInfo;
}

const PEM_RE = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/;
const PRIVATE_LABELS = new Set([undefined, 'PRIVATE KEY', 'RSA PRIVATE KEY']);
const PUBLIC_LABELS = new Set([undefined, 'PUBLIC KEY', 'RSA PUBLIC KEY']);

function decodeBase64(body: string): Uint8Array | undefined {
  if (body.length === 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return undefined;
  let binary: string;
  try {
    binary = atob(body);
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** DER bytes and PEM label of a key text (PEM or bare base64), or undefined. */
function textDer(input: string): { der: Uint8Array; label: string | undefined } | undefined {
  const text = unescapeKeyText(input);
  const pem = PEM_RE.exec(text);
  const der = decodeBase64((pem ? (pem[2] ?? '') : text).replace(/\s+/g, ''));
  return der ? { der, label: pem ? pem[1] : undefined } : undefined;
}

interface RsaNumbers {
  readonly n: Uint8Array;
  readonly e: Uint8Array;
}

/** RSAPrivateKey (PKCS#1): version 0 and eight positive integers, nothing else. */
function pkcs1Private(bytes: Uint8Array, tlv: Tlv | undefined): RsaNumbers | undefined {
  if (!tlv || tlv.tag !== SEQUENCE) return undefined;
  const parts = children(bytes, tlv);
  if (parts?.length !== 9 || smallInteger(bytes, parts[0]) !== 0) return undefined;
  const numbers = parts.slice(1).map((part) => positiveInteger(bytes, part));
  const [n, e] = numbers;
  return n && e && numbers.every(Boolean) ? { n, e } : undefined;
}

/** RSAPublicKey (PKCS#1): modulus and public exponent. */
function pkcs1Public(bytes: Uint8Array, tlv: Tlv | undefined): RsaNumbers | undefined {
  if (!tlv || tlv.tag !== SEQUENCE) return undefined;
  const parts = children(bytes, tlv);
  if (parts?.length !== 2) return undefined;
  const n = positiveInteger(bytes, parts[0]);
  const e = positiveInteger(bytes, parts[1]);
  return n && e ? { n, e } : undefined;
}

function rsaInfo(kind: 'private' | 'public', der: Uint8Array, { n, e }: RsaNumbers): Described {
  return {
    kind,
    der,
    rsa: { kind, der, modulusBits: bitLength(n), modulus: toHex(n), publicExponent: toHex(e) },
  };
}

/** PrivateKeyInfo (PKCS#8): version, algorithm, the key in an OCTET STRING, optional extras. */
function pkcs8(der: Uint8Array): Described | undefined {
  const top = whole(der, SEQUENCE);
  const parts = top && children(der, top);
  if (!parts || parts.length < 3) return undefined;
  const [version, algorithm, key] = parts as [Tlv, Tlv, Tlv];
  const v = smallInteger(der, version);
  if ((v !== 0 && v !== 1) || algorithm.tag !== SEQUENCE || key.tag !== OCTET_STRING) {
    return undefined;
  }
  if (!isRsaAlgorithm(der, algorithm)) return { kind: 'private', der };
  const inner = der.subarray(key.start, key.end);
  const numbers = pkcs1Private(inner, whole(inner, SEQUENCE));
  return numbers ? rsaInfo('private', der, numbers) : undefined;
}

/** SubjectPublicKeyInfo: algorithm and the key in a BIT STRING. */
function spki(der: Uint8Array): Described | undefined {
  const top = whole(der, SEQUENCE);
  const parts = top && children(der, top);
  if (parts?.length !== 2) return undefined;
  const [algorithm, key] = parts as [Tlv, Tlv];
  if (algorithm.tag !== SEQUENCE || key.tag !== BIT_STRING || key.end <= key.start) {
    return undefined;
  }
  if (!isRsaAlgorithm(der, algorithm)) return { kind: 'public', der };
  if (der[key.start] !== 0) return undefined; // unused bits
  const inner = der.subarray(key.start + 1, key.end);
  const numbers = pkcs1Public(inner, whole(inner, SEQUENCE));
  return numbers ? rsaInfo('public', der, numbers) : undefined;
}

/** What DER with an optional PEM label is; private/public only in the forms its label allows. */
function describeDer(der: Uint8Array, label: string | undefined): Described {
  if (label === 'CERTIFICATE') return { kind: 'certificate' };
  if (PRIVATE_LABELS.has(label)) {
    const info = label === 'RSA PRIVATE KEY' ? undefined : pkcs8(der);
    if (info) return info;
    if (label !== 'PRIVATE KEY') {
      const numbers = pkcs1Private(der, whole(der, SEQUENCE));
      if (numbers) return rsaInfo('private', pkcs1PrivateToPkcs8(der), numbers);
    }
  }
  if (PUBLIC_LABELS.has(label)) {
    const info = label === 'RSA PUBLIC KEY' ? undefined : spki(der);
    if (info) return info;
    if (label !== 'PUBLIC KEY') {
      const numbers = pkcs1Public(der, whole(der, SEQUENCE));
      if (numbers) return rsaInfo('public', pkcs1PublicToSpki(der), numbers);
    }
  }
  return { kind: 'unreadable' };
}

/** Anything with Node's `KeyObject#export({ format: 'der', type })` and a `type`. */
interface ExportableKey {
  readonly type: string;
  export(options: { format: 'der'; type: string }): Uint8Array;
}

/** A Node `KeyObject` (or anything shaped like one), told apart without importing node:crypto. */
export function isKeyObjectLike(value: unknown): value is ExportableKey {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ExportableKey).export === 'function' &&
    typeof (value as ExportableKey).type === 'string'
  );
}

/** What `input` is, read structurally (a KeyObject through its DER export). */
export function describeKey(input: unknown): Described {
  if (isKeyObjectLike(input)) {
    const type = input.type === 'private' ? 'pkcs8' : input.type === 'public' ? 'spki' : undefined;
    if (!type) return { kind: 'unreadable' };
    try {
      const der = new Uint8Array(input.export({ format: 'der', type }));
      const described = describeDer(der, type === 'pkcs8' ? 'PRIVATE KEY' : 'PUBLIC KEY');
      return described.kind === input.type ? described : { kind: 'unreadable' };
    } catch {
      return { kind: 'unreadable' };
    }
  }
  if (typeof input !== 'string') return { kind: 'unreadable' };
  const text = textDer(input);
  return text ? describeDer(text.der, text.label) : { kind: 'unreadable' };
}

/** What `input` is: a private key, a public key, a certificate, or nothing readable. */
export function keyKind(input: unknown): KeyKind {
  return describeKey(input).kind;
}

const DESCRIBE: Readonly<Record<KeyKind, string>> = {
  private: 'a PRIVATE key',
  public: 'a PUBLIC key',
  certificate: 'an X.509 certificate, not a key',
  unreadable: 'not a readable RSA key (expected PEM, or base64 DER without the BEGIN/END lines)',
};

/** The `KeyFormatError` for an input that is not the `expected` kind of key. */
export function keyError(
  what: string,
  expected: 'private' | 'public',
  input: unknown,
  described: Described = describeKey(input),
): KeyFormatError {
  if (typeof input !== 'string' && !isKeyObjectLike(input)) {
    return new KeyFormatError(`${what}: expected a string or KeyObject`, expected, 'not_a_string');
  }
  if (typeof input === 'string' && unescapeKeyText(input) === '') {
    return new KeyFormatError(`${what}: empty`, expected, 'empty');
  }
  if (described.kind === expected && !described.rsa) {
    return new KeyFormatError(`${what}: not an RSA key`, expected, expected, true);
  }
  return new KeyFormatError(`${what}: got ${DESCRIBE[described.kind]}`, expected, described.kind);
}

function readRsa(
  input: string | KeyObjectLike,
  expected: 'private' | 'public',
  what: string,
): RsaKeyInfo {
  const described = describeKey(input);
  if (described.kind === expected && described.rsa) return described.rsa;
  throw keyError(what, expected, input, described);
}

/**
 * Reads an RSA private key — base64 DER PKCS#8 or PKCS#1, PEM (`PRIVATE KEY`,
 * `RSA PRIVATE KEY`), or a private KeyObject — synchronously and without any crypto library,
 * on every runtime. Throws `KeyFormatError` saying what the input is instead.
 */
export function readPrivateKey(input: string | KeyObjectLike): RsaKeyInfo {
  return readRsa(input, 'private', 'private key');
}

/**
 * Reads an RSA public key — base64 DER SPKI or PKCS#1, PEM (`PUBLIC KEY`, `RSA PUBLIC KEY`),
 * or a public KeyObject — synchronously and without any crypto library. A private key (text
 * or KeyObject) is refused: where a public key belongs, it is the wrong key in the wrong place.
 */
export function readPublicKey(input: string | KeyObjectLike): RsaKeyInfo {
  return readRsa(input, 'public', 'public key');
}
