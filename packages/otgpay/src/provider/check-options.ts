import { ConfigurationError } from '@paymux/core';
import {
  KeyFormatError,
  type KeyObjectLike,
  type RsaKeyInfo,
  readPrivateKey,
  readPublicKey,
} from '@paymux/otgpay-signing';
import type { CountryAdapter } from '../country-adapter.js';
import { checkBaseUrl } from './check-base-url.js';
import type { OtgpayProviderOptions } from './options.js';

/** `otgpay()` options after checking: keys parsed, appId a number, notifyUrl decided. */
export interface CheckedOptions {
  readonly id: string;
  readonly country: CountryAdapter;
  readonly appId: number;
  readonly apiKey: string;
  /** Base64 DER PKCS#8 for a key given as text (PKCS#1 wrapped), or the KeyObject given. */
  readonly merchantPrivateKey: string | KeyObjectLike;
  /** Base64 DER SPKI for a key given as text (PKCS#1 wrapped), or the KeyObject given. */
  readonly platformPublicKey: string | KeyObjectLike;
  readonly baseUrl: string;
  /** A default callback URL, `false` when the merchant opted out, undefined if neither. */
  readonly notifyUrl: string | false | undefined;
  readonly maxBatchSize: number;
  readonly batchConcurrency: number;
}

const KNOWN = [
  'id',
  'country',
  'appId',
  'apiKey',
  'merchantPrivateKey',
  'platformPublicKey',
  'baseUrl',
  'timeoutMs',
  'fetch',
  'appendSecretKey',
  'userAgent',
  'notifyUrl',
  'maxBatchSize',
  'batchConcurrency',
  'onBatchProgress',
] as const;

/** Names people write for an option, folded (lower case, no `_`/`-`) → the option. */
const ALIASES: Readonly<Record<string, string>> = {
  appid: 'appId',
  merchantid: 'appId',
  apikey: 'apiKey',
  secretkey: 'apiKey',
  secret: 'apiKey',
  key: 'apiKey',
  privatekey: 'merchantPrivateKey',
  merchantkey: 'merchantPrivateKey',
  merchantprivatekey: 'merchantPrivateKey',
  publickey: 'platformPublicKey',
  platformkey: 'platformPublicKey',
  platformpublickey: 'platformPublicKey',
  otgpaypublickey: 'platformPublicKey',
  baseurl: 'baseUrl',
  url: 'baseUrl',
  endpoint: 'baseUrl',
  host: 'baseUrl',
  notifyurl: 'notifyUrl',
  callbackurl: 'notifyUrl',
  webhookurl: 'notifyUrl',
  timeout: 'timeoutMs',
  timeoutms: 'timeoutMs',
};

/** Where each country's adapter comes from, for examples in messages. */
export const ADAPTER_OF: Readonly<Record<string, { fn: string; pkg: string }>> = {
  ID: { fn: 'indonesia', pkg: '@paymux/otgpay-id' },
  TH: { fn: 'thailand', pkg: '@paymux/otgpay-th' },
  PK: { fn: 'pakistan', pkg: '@paymux/otgpay-pk' },
};

function fail(field: string, rule: string, message: string): never {
  throw new ConfigurationError(`otgpay(): ${message}`, { field, rule });
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.trim() === '' ? 'an empty string' : 'a string';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function checkUnknown(options: object): void {
  for (const key of Object.keys(options)) {
    if ((KNOWN as readonly string[]).includes(key)) continue;
    if (key === 'credentials') {
      fail(
        'credentials',
        'unknown_option',
        'there is no `credentials` option: spread them into the options, e.g. ' +
          '`otgpay({ country: indonesia(), ...credentials, notifyUrl })` where credentials holds ' +
          'appId, apiKey, merchantPrivateKey, platformPublicKey and baseUrl',
      );
    }
    const meant = ALIASES[key.toLowerCase().replace(/[_-]/g, '')];
    fail(
      key,
      'unknown_option',
      meant
        ? `unknown option \`${key}\`; did you mean \`${meant}\`?`
        : `unknown option \`${key}\`; the options are ${KNOWN.join(', ')}`,
    );
  }
}

const COUNTRY_EXAMPLE =
  "`country: indonesia()` from '@paymux/otgpay-id' (or thailand() from '@paymux/otgpay-th', " +
  "pakistan() from '@paymux/otgpay-pk')";

function checkCountry(value: unknown): CountryAdapter {
  if (value === undefined || value === null) {
    fail(
      'country',
      'required',
      `country is required: the country adapter, e.g. ${COUNTRY_EXAMPLE}`,
    );
  }
  if (typeof value === 'function') {
    const name = value.name || 'indonesia';
    fail(
      'country',
      'type',
      `country got the function \`${name}\` itself, not an adapter: call it, \`country: ${name}()\``,
    );
  }
  if (typeof value === 'string') {
    const known = ADAPTER_OF[value.trim().toUpperCase()];
    const example = known
      ? `\`country: ${known.fn}()\` from '${known.pkg}'`
      : COUNTRY_EXAMPLE.replace(/^`|`$/, '');
    fail('country', 'type', `country takes an adapter, not the code "${value}": ${example}`);
  }
  const adapter = value as Partial<CountryAdapter>;
  if (
    typeof adapter !== 'object' ||
    typeof adapter.country !== 'string' ||
    typeof adapter.currency !== 'string' ||
    typeof adapter.toChargeFields !== 'function' ||
    typeof adapter.toPayoutFields !== 'function'
  ) {
    fail(
      'country',
      'type',
      `country got ${describeValue(value)}, not a country adapter: ${COUNTRY_EXAMPLE}`,
    );
  }
  return value as CountryAdapter;
}

function checkAppId(value: unknown): number {
  const example =
    '`appId: Number(process.env.OTGPAY_APP_ID)` (the integer issued with your API key)';
  if (value === undefined || value === null || value === '') {
    fail('appId', 'required', `appId is required, e.g. ${example}`);
  }
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\s*\d{1,15}\s*$/.test(value)
        ? Number(value)
        : Number.NaN;
  if (!Number.isSafeInteger(n) || n <= 0) {
    fail(
      'appId',
      'type',
      `appId must be a positive integer, got ${describeValue(value)}; e.g. ${example}`,
    );
  }
  return n;
}

function checkApiKey(value: unknown): string {
  const example = '`apiKey: process.env.OTGPAY_API_KEY` (the short secret string, not a PEM key)';
  if (typeof value !== 'string' || value.trim() === '') {
    fail(
      'apiKey',
      value === undefined ? 'required' : 'type',
      `apiKey is required, e.g. ${example}`,
    );
  }
  const key = value.trim();
  if (/-----BEGIN|^MII[A-Za-z0-9+/]{60,}/.test(key)) {
    fail(
      'apiKey',
      'key_kind',
      `apiKey got an RSA key; it takes the API ("secret") key, e.g. ${example}`,
    );
  }
  if (/\s/.test(key)) {
    fail('apiKey', 'format', `apiKey contains spaces or line breaks; e.g. ${example}`);
  }
  return key;
}

const KIND_TEXT: Readonly<Record<string, string>> = {
  private: 'a PRIVATE key',
  public: 'a PUBLIC key',
  certificate: 'a certificate, not a key',
  unreadable: 'something that is not a readable RSA key',
  empty: 'an empty string',
  not_a_string: 'a value that is neither a string nor a KeyObject',
};

const PRIVATE_EXAMPLE =
  '`merchantPrivateKey: process.env.OTGPAY_MERCHANT_PRIVATE_KEY` (your own key: PEM ' +
  '"-----BEGIN PRIVATE KEY-----", literal \\n line breaks accepted, or base64 PKCS#8)';
const PUBLIC_EXAMPLE =
  "`platformPublicKey: process.env.OTGPAY_PLATFORM_PUBLIC_KEY` (OTGPAY's key from the " +
  'dashboard: PEM "-----BEGIN PUBLIC KEY-----" or base64 SPKI)';

interface KeyCheck {
  readonly key?: RsaKeyInfo;
  readonly found?: string;
  readonly notRsa?: boolean;
}

/** Reads a key structurally (no crypto library, on every runtime): what it is, or what not. */
function keyCheck(read: () => RsaKeyInfo): KeyCheck {
  try {
    return { key: read() };
  } catch (error) {
    if (error instanceof KeyFormatError) return { found: error.found, notRsa: error.notRsa };
    return { found: 'unreadable' };
  }
}

/** The smallest RSA modulus accepted: OTGPAY issues and expects RSA-2048 keys. */
const MIN_MODULUS_BITS = 2048;

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** What the signer gets: the KeyObject as given, or the key text as normalized DER. */
function signerKey(input: unknown, key: RsaKeyInfo): string | KeyObjectLike {
  return typeof input === 'string' ? base64(key.der) : (input as KeyObjectLike);
}

/**
 * Checks both keys synchronously, before any network call and without a crypto library
 * (workerd, Deno, Bun, Node alike): PEM or base64, the ASN.1 shape of PKCS#8 / PKCS#1 / SPKI,
 * RSA, modulus size, which key is where, and that the platform key is not the merchant's own.
 * The crypto library imports the keys on first use.
 */
function checkKeys(privateInput: unknown, publicInput: unknown) {
  if (privateInput === undefined) {
    fail(
      'merchantPrivateKey',
      'required',
      `merchantPrivateKey is required, e.g. ${PRIVATE_EXAMPLE}`,
    );
  }
  if (publicInput === undefined) {
    fail('platformPublicKey', 'required', `platformPublicKey is required, e.g. ${PUBLIC_EXAMPLE}`);
  }
  const priv = keyCheck(() => readPrivateKey(privateInput as string | KeyObjectLike));
  const pub = keyCheck(() => readPublicKey(publicInput as string | KeyObjectLike));
  if (priv.found === 'public' && pub.found === 'private' && !priv.notRsa && !pub.notRsa) {
    fail(
      'merchantPrivateKey',
      'swapped',
      'merchantPrivateKey got a PUBLIC key and platformPublicKey got a PRIVATE key: the two ' +
        'look swapped. merchantPrivateKey is your own private key, platformPublicKey is ' +
        "OTGPAY's public key from the dashboard",
    );
  }
  for (const [field, check] of [
    ['merchantPrivateKey', priv],
    ['platformPublicKey', pub],
  ] as const) {
    if (check.notRsa) {
      fail(field, 'key_kind', `${field} is not an RSA key (OTGPAY signs with RSA-2048)`);
    }
  }
  if (!priv.key) {
    fail(
      'merchantPrivateKey',
      priv.found === 'public' ? 'key_kind' : 'format',
      `merchantPrivateKey got ${KIND_TEXT[priv.found ?? 'unreadable']}; it takes your own private key, e.g. ${PRIVATE_EXAMPLE}`,
    );
  }
  if (!pub.key) {
    fail(
      'platformPublicKey',
      pub.found === 'private' ? 'key_kind' : 'format',
      `platformPublicKey got ${KIND_TEXT[pub.found ?? 'unreadable']}; it takes OTGPAY's public key, never your private key, e.g. ${PUBLIC_EXAMPLE}`,
    );
  }
  for (const [field, key] of [
    ['merchantPrivateKey', priv.key],
    ['platformPublicKey', pub.key],
  ] as const) {
    if (key.modulusBits < MIN_MODULUS_BITS) {
      fail(
        field,
        'key_size',
        `${field} is a ${key.modulusBits}-bit RSA key; OTGPAY uses RSA keys of at least ${MIN_MODULUS_BITS} bits`,
      );
    }
  }
  if (priv.key.modulus === pub.key.modulus && priv.key.publicExponent === pub.key.publicExponent) {
    fail(
      'platformPublicKey',
      'own_key',
      "platformPublicKey is the public half of your own merchantPrivateKey; it must be OTGPAY's " +
        `platform key, e.g. ${PUBLIC_EXAMPLE}`,
    );
  }
  return {
    merchantPrivateKey: signerKey(privateInput, priv.key),
    platformPublicKey: signerKey(publicInput, pub.key),
  };
}

function checkNotifyUrl(value: unknown): string | false | undefined {
  if (value === undefined || value === false) return value;
  const example =
    "`notifyUrl: 'https://shop.example/webhooks/otgpay'` (or `notifyUrl: false` to take no callbacks and poll)";
  if (typeof value !== 'string') {
    fail('notifyUrl', 'type', `notifyUrl got ${describeValue(value)}; e.g. ${example}`);
  }
  let ok = false;
  try {
    const url = new URL(value);
    ok = url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    ok = false;
  }
  if (!ok || value.length > 512) {
    fail(
      'notifyUrl',
      'url',
      `notifyUrl must be an http(s) URL of at most 512 characters, e.g. ${example}`,
    );
  }
  return value;
}

function integerOption(value: unknown, field: string, min: number, max: number, fallback: number) {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    fail(
      field,
      'range',
      `${field} must be an integer from ${min} to ${max}, e.g. \`${field}: ${fallback}\``,
    );
  }
  return value;
}

function optionalType(value: unknown, field: string, type: string, example: string): void {
  if (value !== undefined && typeof value !== type) {
    fail(field, 'type', `${field} must be a ${type}, got ${describeValue(value)}; e.g. ${example}`);
  }
}

/**
 * Checks every option of `otgpay()` when the provider is built, so no configuration
 * mistake surfaces later as a payment outcome. Each problem is a `ConfigurationError`
 * whose `field` is the option and whose message shows a correct example. Key material
 * never appears in a message.
 */
export function checkOptions(options: OtgpayProviderOptions): CheckedOptions {
  if (typeof options !== 'object' || options === null) {
    fail(
      '(options)',
      'type',
      'takes one options object, e.g. `otgpay({ country: indonesia(), appId, apiKey, merchantPrivateKey, platformPublicKey, baseUrl, notifyUrl })`',
    );
  }
  checkUnknown(options);
  const country = checkCountry(options.country);
  const appId = checkAppId(options.appId);
  const apiKey = checkApiKey(options.apiKey);
  const keys = checkKeys(options.merchantPrivateKey, options.platformPublicKey);
  const baseUrl = checkBaseUrl(options.baseUrl);
  const notifyUrl = checkNotifyUrl(options.notifyUrl);
  integerOption(options.timeoutMs, 'timeoutMs', 1, 600_000, 15_000);
  optionalType(options.fetch, 'fetch', 'function', '`fetch: globalThis.fetch`');
  optionalType(options.appendSecretKey, 'appendSecretKey', 'boolean', '`appendSecretKey: true`');
  optionalType(options.userAgent, 'userAgent', 'string', "`userAgent: 'shop/1.0'`");
  optionalType(
    options.onBatchProgress,
    'onBatchProgress',
    'function',
    '`onBatchProgress: (p) => log(p)`',
  );
  if (
    options.id !== undefined &&
    (typeof options.id !== 'string' || !/^[\w.:-]{1,64}$/.test(options.id))
  ) {
    fail('id', 'format', "id must be 1-64 letters, digits or _.:-, e.g. `id: 'otgpay-id-main'`");
  }
  return {
    id: options.id ?? `otgpay-${country.country.toLowerCase()}`,
    country,
    appId,
    apiKey,
    ...keys,
    baseUrl,
    notifyUrl,
    maxBatchSize: integerOption(options.maxBatchSize, 'maxBatchSize', 1, 500, 500),
    batchConcurrency: integerOption(options.batchConcurrency, 'batchConcurrency', 1, 64, 2),
  };
}
