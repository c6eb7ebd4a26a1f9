/**
 * OTGPAY canonical string (protocol §2).
 *
 * 1. drop the key `sign` and every top-level key whose value is null, undefined or "";
 * 2. sort the remaining keys by byte (ASCII) order;
 * 3. render values: strings as-is, integers in decimal, booleans, arrays/objects as
 *    compact JSON with object keys sorted recursively;
 * 4. join `k=v` with `&`, then append `&key=<secretKey>` when a secret key is given.
 *
 * Non-integer numbers are rejected everywhere: money never travels as a float.
 */

export interface CanonicalOptions {
  /** API key appended as `&key=<secretKey>`; omit to leave the suffix off. */
  secretKey?: string;
}

/**
 * A UTF-16 code unit ranked in code point order: surrogates (U+D800–DFFF, which only
 * encode code points above U+FFFF) sort after U+E000–FFFF.
 */
function rank(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit < 0xe000 ? unit + 0x2000 : unit - 0x800;
}

/**
 * Compares two strings by the bytes of their UTF-8 encoding (UTF-8 byte order is code point
 * order), without encoding them and without Node's `Buffer`.
 */
export function compareBytes(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return rank(x) < rank(y) ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

/** The path of `key` under `parent` in error messages (`items[3].amount`), built only when needed. */
function pathOf(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

function renderInteger(value: number | bigint, parent: string, key: string | number): string {
  if (typeof value === 'bigint') return value.toString(10);
  if (!Number.isSafeInteger(value)) {
    throw new TypeError(
      `canonicalString: ${pathOf(parent, key)} must be a safe integer or a decimal string, got a non-integer number`,
    );
  }
  // Object.is(-0) renders as "0" like JSON.stringify does.
  return String(value);
}

/** `JSON.stringify(key)` of object keys, kept: a batch repeats the same few keys per item. */
const quotedKeys = new Map<string, string>();

function quoted(key: string): string {
  let out = quotedKeys.get(key);
  if (out === undefined) {
    out = JSON.stringify(key);
    if (quotedKeys.size < 1024) quotedKeys.set(key, out);
  }
  return out;
}

function hasToJSON(value: object): value is { toJSON: (key: string) => unknown } {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

/**
 * JSON.stringify semantics with recursively byte-sorted object keys and integer-only numbers.
 * `parent`/`key` locate the value for error messages (the path string is built only then).
 */
function renderJson(value: unknown, parent: string, key: string | number): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return renderInteger(value, parent, key);
    case 'bigint':
      return renderInteger(value, parent, key);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
    default:
      break;
  }
  const obj = value as object;
  if (hasToJSON(obj)) return renderJson(obj.toJSON(''), parent, key);
  const path = pathOf(parent, key);
  if (Array.isArray(obj)) {
    const parts = obj.map((item, i) => renderJson(item, path, i) ?? 'null');
    return `[${parts.join(',')}]`;
  }
  const record = obj as Record<string, unknown>;
  const parts: string[] = [];
  for (const name of Object.keys(record).sort(compareBytes)) {
    const rendered = renderJson(record[name], path, name);
    if (rendered !== undefined) parts.push(`${quoted(name)}:${rendered}`);
  }
  return `{${parts.join(',')}}`;
}

function renderValue(value: unknown, key: string): string | undefined {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'bigint':
      return renderInteger(value, '', key);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return renderJson(value, '', key);
    default:
      throw new TypeError(`canonicalString: ${key} has an unsupported type (${typeof value})`);
  }
}

/**
 * Keys in UTF-8 byte order. The engine's own sort (UTF-16 code unit order) is the same order
 * unless a key holds characters from U+D800 up, so it sorts natively and checks the result
 * with `compareBytes` (n - 1 comparisons); only an out-of-order pair sorts again by bytes.
 */
function sortByBytes(keys: string[]): string[] {
  keys.sort();
  for (let i = 1; i < keys.length; i++) {
    if (compareBytes(keys[i - 1] as string, keys[i] as string) > 0) return keys.sort(compareBytes);
  }
  return keys;
}

/**
 * Builds the string that is signed for a flat parameter object (protocol §2). Throws a
 * `TypeError` naming the key for a non-integer number (send money as a decimal string) or an
 * unsupported value type. Most callers want {@link OtgpaySigner}, which calls this.
 *
 * @example
 * ```ts
 * import { canonicalString } from '@paymux/otgpay-signing';
 *
 * canonicalString({ orderId: 'order-1', amount: '150000', appId: 1001, notifyUrl: '' }, { secretKey: 'k' });
 * // 'amount=150000&appId=1001&orderId=order-1&key=k'
 * ```
 */
export function canonicalString(
  params: Record<string, unknown>,
  options: CanonicalOptions = {},
): string {
  const keys: string[] = [];
  for (const key of Object.keys(params)) {
    if (key === 'sign') continue;
    const value = params[key];
    if (value !== null && value !== undefined && value !== '') keys.push(key);
  }
  let out = '';
  let first = true;
  for (const key of sortByBytes(keys)) {
    const rendered = renderValue(params[key], key);
    if (rendered === undefined) continue;
    out += first ? `${key}=${rendered}` : `&${key}=${rendered}`;
    first = false;
  }
  if (typeof options.secretKey === 'string') out += `&key=${options.secretKey}`;
  return out;
}
