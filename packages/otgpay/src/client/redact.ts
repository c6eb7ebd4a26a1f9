const SECRET_KEYS = new Set(['sign', 'key', 'apikey', 'secretkey', 'privatekey', 'signature']);

/**
 * A copy of a wire value with every signature or key replaced by `[redacted]`, safe to
 * put on errors and events. Non-plain values are returned as their type name.
 */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 8) return '[truncated]';
  if (value === null || typeof value !== 'object') {
    return typeof value === 'bigint' ? value.toString() : value;
  }
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    out[key] = SECRET_KEYS.has(key.toLowerCase()) ? '[redacted]' : redact(item, depth + 1);
  }
  return out;
}
