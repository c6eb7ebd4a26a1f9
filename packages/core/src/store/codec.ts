/**
 * Lossless JSON for store values: `bigint` → `{ "$bigint": "150000" }`, `Date` →
 * `{ "$date": 1700000000000 }` (milliseconds), `undefined` properties dropped as JSON does.
 * A plain object whose only key is `$bigint`, `$date` or `$object` is wrapped in
 * `{ "$object": … }` so it never reads back as a tagged value. Never goes through `Number`
 * for amounts. Durable stores use it to fill a text/JSON column.
 */
export function encodeStoreValue(value: unknown): string {
  return JSON.stringify(tag(value));
}

/** The inverse of `encodeStoreValue`: tagged values become `bigint`s and `Date`s again. Throws `SyntaxError` on text that is not JSON. */
export function decodeStoreValue<T = unknown>(text: string): T {
  return untag(JSON.parse(text)) as T;
}

const TAGS = new Set(['$bigint', '$date', '$object']);

function tag(value: unknown): unknown {
  if (typeof value === 'bigint') return { $bigint: value.toString() };
  if (value instanceof Date) {
    const ms = value.getTime();
    return { $date: Number.isNaN(ms) ? null : ms };
  }
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : tag(item)));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined && typeof item !== 'function' && typeof item !== 'symbol') {
        out[key] = tag(item);
      }
    }
    const keys = Object.keys(out);
    return keys.length === 1 && TAGS.has(keys[0] as string) ? { $object: out } : out;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new TypeError('A store value cannot hold NaN or Infinity');
  }
  return value;
}

function untag(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(untag);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 1) {
    if (typeof record.$bigint === 'string') return BigInt(record.$bigint);
    if ('$date' in record)
      return new Date(record.$date === null ? Number.NaN : Number(record.$date));
    if ('$object' in record) return untagFields(record.$object as Record<string, unknown>);
  }
  return untagFields(record);
}

function untagFields(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(record)) out[key] = untag(item);
  return out;
}
