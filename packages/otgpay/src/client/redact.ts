const SECRET_KEYS = new Set(['sign', 'key', 'apikey', 'secretkey', 'privatekey', 'signature']);

/**
 * Runs of 16 or more base64 characters with at least one non-digit: long enough to be a
 * signature or key fragment (a 2048-bit RSA `sign` is 344 characters), rare in anything
 * else on the wire. Scrubbed from every string, whatever its key: a mangled answer may
 * carry a signature under a misspelt name or split by a stray character.
 */
const BASE64_RUN = /(?=[A-Za-z0-9+/]*[A-Za-z+/])[A-Za-z0-9+/]{16,}={0,2}/g;

function scrub(text: string): string {
  return text.replace(BASE64_RUN, '[redacted]');
}

/**
 * A copy of a wire value with every signature or key replaced by `[redacted]`, safe to
 * put on errors and events. Non-plain values are returned as their type name.
 */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 8) return '[truncated]';
  if (typeof value === 'string') return scrub(value);
  if (value === null || typeof value !== 'object') {
    return typeof value === 'bigint' ? value.toString() : value;
  }
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    out[scrub(key)] = SECRET_KEYS.has(key.toLowerCase()) ? '[redacted]' : redact(item, depth + 1);
  }
  return out;
}

/**
 * A reply body as text safe for errors and events: JSON is parsed and redacted like
 * `redact`; anything else (an HTML page, a truncated or mangled JSON text) has every long
 * base64 run replaced. Cut to `max` characters after redaction, never before.
 */
export function redactText(text: string, max = 200): string {
  let safe: string;
  try {
    safe = JSON.stringify(redact(JSON.parse(text)));
  } catch {
    safe = scrub(text);
  }
  return safe.length > max ? `${safe.slice(0, max)}…` : safe;
}
