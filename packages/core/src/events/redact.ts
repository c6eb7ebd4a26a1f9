/** Key names whose values are secrets and are replaced entirely. */
const SECRET_KEY = /sign|secret|passw|token|authori[sz]ation|keys?$|credential|cookie/i;

/** Key names of personal data that are partially masked (last characters kept). */
const PERSONAL_KEY =
  /phone|mobile|email|account[-_]?no|accountnumber|id[-_]?card|national[-_]?id|cnic/i;

/** The placeholder {@link redact} puts in place of a secret value: `'[REDACTED]'`. */
export const REDACTED = '[REDACTED]';

/** `08123456789` → `*******6789`; `jane@example.com` → `j***@example.com`. */
export function maskPartially(value: string): string {
  const at = value.indexOf('@');
  if (at > 0) return `${value[0]}***${value.slice(at)}`;
  const keep = value.length > 6 ? 4 : Math.min(2, Math.floor(value.length / 3));
  return '*'.repeat(value.length - keep) + value.slice(value.length - keep);
}

function redactValue(key: string, value: unknown, depth: number): unknown {
  if (SECRET_KEY.test(key)) return REDACTED;
  if (PERSONAL_KEY.test(key) && (typeof value === 'string' || typeof value === 'number')) {
    return maskPartially(String(value));
  }
  return redact(value, depth + 1);
}

/**
 * A deep copy of `value` safe to log: values under secret-like keys (sign, key, apiKey,
 * secret, privateKey, password, token, authorization, ...) become `[REDACTED]`;
 * phone, email, account numbers and national ids are partially masked. Strings that are
 * themselves a JSON object or a query string are parsed and redacted the same way.
 * Never mutates its input.
 */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 32) return REDACTED;
  if (typeof value === 'string') return redactString(value, depth);
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value;
  if (value instanceof Uint8Array) return redactString(new TextDecoder().decode(value), depth);
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = redactValue(key, inner, depth);
  return out;
}

/** A run of base64 long enough to be part of a signature or a key. */
const BASE64_RUN = /[A-Za-z0-9+/]{40,}={0,2}/g;

function redactString(text: string, depth: number): string {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return JSON.stringify(redact(JSON.parse(trimmed), depth + 1));
    } catch {
      // Not parseable (cut short, mangled): no key names to go by, so drop long base64 runs.
      return text.replace(BASE64_RUN, REDACTED);
    }
  }
  if (/^[^=&\s]+=[^&\s]*(&[^=&\s]+=[^&\s]*)*$/.test(trimmed)) {
    const params = new URLSearchParams(trimmed);
    const out = new URLSearchParams();
    for (const [key, inner] of params) out.append(key, String(redactValue(key, inner, depth)));
    return out.toString();
  }
  return text;
}
