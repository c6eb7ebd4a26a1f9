/**
 * The few DER (ASN.1) shapes of RSA keys, read and written without any crypto library:
 * enough to tell PKCS#8, PKCS#1 and SPKI apart, read the modulus, and wrap PKCS#1 into the
 * PKCS#8 / SPKI forms WebCrypto imports. Runs on every runtime (no Node built-in).
 */

/** One TLV: its tag, where its content starts and ends in the buffer. */
export interface Tlv {
  readonly tag: number;
  readonly start: number;
  readonly end: number;
}

export const SEQUENCE = 0x30;
export const INTEGER = 0x02;
export const BIT_STRING = 0x03;
export const OCTET_STRING = 0x04;
export const OBJECT_IDENTIFIER = 0x06;

/** The TLV at `at`, or undefined when it is not well-formed DER inside `[at, limit)`. */
export function readTlv(bytes: Uint8Array, at: number, limit = bytes.length): Tlv | undefined {
  if (at + 2 > limit) return undefined;
  const tag = bytes[at] as number;
  if ((tag & 0x1f) === 0x1f) return undefined; // multi-byte tags: none in RSA keys
  let length = bytes[at + 1] as number;
  let start = at + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4 || start + count > limit) return undefined; // indefinite, or huge
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (bytes[start + i] as number);
    start += count;
    if (length < 0x80) return undefined; // DER: the short form when it fits
  }
  const end = start + length;
  return end > limit ? undefined : { tag, start, end };
}

/** The TLVs directly inside a constructed TLV, or undefined if they do not fill it exactly. */
export function children(bytes: Uint8Array, parent: Tlv): Tlv[] | undefined {
  const out: Tlv[] = [];
  let at = parent.start;
  while (at < parent.end) {
    const tlv = readTlv(bytes, at, parent.end);
    if (!tlv) return undefined;
    out.push(tlv);
    at = tlv.end;
  }
  return out;
}

/** The whole buffer as one TLV of `tag`, or undefined. */
export function whole(bytes: Uint8Array, tag: number): Tlv | undefined {
  const tlv = readTlv(bytes, 0);
  return tlv && tlv.tag === tag && tlv.end === bytes.length ? tlv : undefined;
}

/** A positive INTEGER's magnitude (big-endian, no leading zero byte), or undefined. */
export function positiveInteger(bytes: Uint8Array, tlv: Tlv | undefined): Uint8Array | undefined {
  if (!tlv || tlv.tag !== INTEGER || tlv.end <= tlv.start) return undefined;
  if ((bytes[tlv.start] as number) & 0x80) return undefined; // negative
  let start = tlv.start;
  while (start < tlv.end - 1 && bytes[start] === 0) start++;
  const magnitude = bytes.subarray(start, tlv.end);
  return magnitude.length === 1 && magnitude[0] === 0 ? undefined : magnitude;
}

/** A small non-negative INTEGER (a version field), or undefined. */
export function smallInteger(bytes: Uint8Array, tlv: Tlv | undefined): number | undefined {
  if (!tlv || tlv.tag !== INTEGER || tlv.end - tlv.start !== 1) return undefined;
  const value = bytes[tlv.start] as number;
  return value & 0x80 ? undefined : value;
}

/** Bits of a big-endian magnitude. */
export function bitLength(magnitude: Uint8Array): number {
  const top = magnitude[0] ?? 0;
  return (magnitude.length - 1) * 8 + (top === 0 ? 0 : 32 - Math.clz32(top));
}

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

/** DER length octets. */
function lengthOctets(length: number): number[] {
  if (length < 0x80) return [length];
  const out: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) out.unshift(n % 256);
  return [0x80 | out.length, ...out];
}

export function concat(...parts: ArrayLike<number>[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** One TLV written out. */
export function encode(tag: number, content: ArrayLike<number>): Uint8Array<ArrayBuffer> {
  return concat([tag], lengthOctets(content.length), content);
}

/** The content octets of the OID rsaEncryption, 1.2.840.113549.1.1.1. */
export const RSA_ENCRYPTION_OID = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];

/** AlgorithmIdentifier rsaEncryption with NULL parameters. */
const RSA_ALGORITHM_ID = encode(
  SEQUENCE,
  concat(encode(OBJECT_IDENTIFIER, RSA_ENCRYPTION_OID), [0x05, 0x00]),
);

/** PKCS#1 RSAPrivateKey → PKCS#8 PrivateKeyInfo (version 0, rsaEncryption). */
export function pkcs1PrivateToPkcs8(pkcs1: Uint8Array): Uint8Array<ArrayBuffer> {
  return encode(
    SEQUENCE,
    concat([0x02, 0x01, 0x00], RSA_ALGORITHM_ID, encode(OCTET_STRING, pkcs1)),
  );
}

/** PKCS#1 RSAPublicKey → SubjectPublicKeyInfo (rsaEncryption). */
export function pkcs1PublicToSpki(pkcs1: Uint8Array): Uint8Array<ArrayBuffer> {
  return encode(SEQUENCE, concat(RSA_ALGORITHM_ID, encode(BIT_STRING, concat([0x00], pkcs1))));
}

/** Whether an AlgorithmIdentifier SEQUENCE names rsaEncryption. */
export function isRsaAlgorithm(bytes: Uint8Array, algorithm: Tlv): boolean {
  const parts = children(bytes, algorithm);
  const oid = parts?.[0];
  if (!oid || oid.tag !== OBJECT_IDENTIFIER) return false;
  if (oid.end - oid.start !== RSA_ENCRYPTION_OID.length) return false;
  return RSA_ENCRYPTION_OID.every((b, i) => bytes[oid.start + i] === b);
}
