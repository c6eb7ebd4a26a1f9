const BASE64_RE = /^[A-Za-z0-9+/]+={0,2}$/;

/** Value of a base64 character (`A`–`Z`, `a`–`z`, `0`–`9`, `+`, `/`). */
function sextet(code: number): number {
  if (code >= 97) return code - 71; // a-z → 26..51
  if (code >= 65) return code - 65; // A-Z → 0..25
  if (code >= 48) return code + 4; // 0-9 → 52..61
  return code === 43 ? 62 : 63; // + /
}

/**
 * Whether `text` is the one canonical base64 spelling of exactly `bytes` bytes: the length
 * and `=` padding that length needs, and the unused low bits of the last character zero.
 * Decoders ignore those bits, so without this check 4 or 16 different strings would decode
 * to the same signature. Cheaper than decoding and encoding again, and the same answer.
 */
export function isCanonicalBase64(text: string, bytes: number): boolean {
  if (typeof text !== 'string' || bytes <= 0) return false;
  const length = Math.ceil(bytes / 3) * 4;
  if (text.length !== length || !BASE64_RE.test(text)) return false;
  const pad = (3 - (bytes % 3)) % 3;
  const padded =
    (text.charCodeAt(length - 1) === 61 ? 1 : 0) + (text.charCodeAt(length - 2) === 61 ? 1 : 0);
  if (padded !== pad) return false;
  if (pad === 0) return true;
  const last = sextet(text.charCodeAt(length - pad - 1));
  return (last & (pad === 2 ? 0x0f : 0x03)) === 0;
}
