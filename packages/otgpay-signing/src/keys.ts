import { createPrivateKey, createPublicKey, KeyObject } from 'node:crypto';

/**
 * Key parsing for OTGPAY (protocol §1): keys travel as bare base64 DER (private
 * PKCS#8 or PKCS#1, public SPKI) or as PEM with headers. Keys are accepted the way env
 * files and dashboards hold them: surrounding quotes and spaces, literal `\n` escapes
 * instead of line breaks, CRLF. Error messages never contain key material.
 */

const PEM_RE = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/;

/** What a key string or KeyObject turned out to be. */
export type KeyKind = 'private' | 'public' | 'certificate' | 'unreadable';

/**
 * A key that could not be used where it was given. `found` says what it is instead
 * (`public` where a private key was expected, ...), so callers can say which option got
 * which kind of key. The message never contains key material.
 */
export class KeyFormatError extends TypeError {
  /** The kind of key the option needed: `private` (signing) or `public` (verification). */
  readonly expected: 'private' | 'public';
  /**
   * What was given instead: another {@link KeyKind}, `empty` (blank after trimming quotes and
   * spaces) or `not_a_string` (neither a string nor a KeyObject).
   */
  readonly found: KeyKind | 'empty' | 'not_a_string';
  /**
   * @param message - what went wrong, naming the option; never key material
   * @param expected - the kind of key the option needed
   * @param found - what the input turned out to be
   */
  constructor(
    message: string,
    expected: 'private' | 'public',
    found: KeyKind | 'empty' | 'not_a_string',
  ) {
    super(message);
    this.name = 'KeyFormatError';
    this.expected = expected;
    this.found = found;
  }
}

/**
 * The key text as PEM or bare base64: trims spaces and one pair of surrounding quotes,
 * turns literal `\n` / `\r\n` escapes (how `.env` files hold a PEM) into line breaks.
 */
export function unescapeKeyText(input: string): string {
  let text = input.trim();
  const quoted = /^(["'`])([\s\S]*)\1$/.exec(text);
  if (quoted) text = (quoted[2] ?? '').trim();
  return text.replace(/\\r\\n|\\n|\\r/g, '\n').replace(/\r\n?/g, '\n');
}

interface DerInput {
  der: Buffer;
  /** Label of the PEM header, or undefined for bare base64. */
  label: string | undefined;
}

function toDer(input: string): DerInput | undefined {
  const text = unescapeKeyText(input);
  const pem = PEM_RE.exec(text);
  const label = pem ? pem[1] : undefined;
  const body = (pem ? (pem[2] ?? '') : text).replace(/\s+/g, '');
  if (body.length === 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return undefined;
  return { der: Buffer.from(body, 'base64'), label };
}

function attempt<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch {
    return undefined;
  }
}

function readPrivate({ der, label }: DerInput): KeyObject | undefined {
  if (label !== undefined && label !== 'PRIVATE KEY' && label !== 'RSA PRIVATE KEY') {
    return undefined;
  }
  const pkcs8 = () => createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  const pkcs1 = () => createPrivateKey({ key: der, format: 'der', type: 'pkcs1' });
  const order =
    label === 'RSA PRIVATE KEY' ? [pkcs1] : label === 'PRIVATE KEY' ? [pkcs8] : [pkcs8, pkcs1];
  for (const run of order) {
    const key = attempt(run);
    if (key) return key;
  }
  return undefined;
}

function readPublic(input: DerInput): KeyObject | undefined {
  const { der, label } = input;
  if (label !== undefined && label !== 'PUBLIC KEY' && label !== 'RSA PUBLIC KEY') {
    return undefined;
  }
  // createPublicKey also derives a public key from private DER: a private key given where a
  // public one belongs is a mistake to report, not to paper over
  if (readPrivate({ der, label: undefined })) return undefined;
  const spki = () => createPublicKey({ key: der, format: 'der', type: 'spki' });
  const pkcs1 = () => createPublicKey({ key: der, format: 'der', type: 'pkcs1' });
  const order =
    label === 'RSA PUBLIC KEY' ? [pkcs1] : label === 'PUBLIC KEY' ? [spki] : [spki, pkcs1];
  for (const run of order) {
    const key = attempt(run);
    if (key) return key;
  }
  return undefined;
}

/**
 * What `input` is: a private key, a public key, a certificate, or nothing readable. Accepts
 * the same text forms as the parsers (PEM, bare base64 DER, quoted, `\n`-escaped) and Node
 * KeyObjects; never throws. Useful to tell a user which of two keys they swapped.
 */
export function keyKind(input: unknown): KeyKind {
  if (input instanceof KeyObject) {
    return input.type === 'private' ? 'private' : input.type === 'public' ? 'public' : 'unreadable';
  }
  if (typeof input !== 'string') return 'unreadable';
  const der = toDer(input);
  if (!der) return 'unreadable';
  if (der.label === 'CERTIFICATE') return 'certificate';
  if (readPrivate(der)) return 'private';
  if (readPublic(der)) return 'public';
  return 'unreadable';
}

const DESCRIBE: Readonly<Record<KeyKind, string>> = {
  private: 'a PRIVATE key',
  public: 'a PUBLIC key',
  certificate: 'an X.509 certificate, not a key',
  unreadable: 'not a readable RSA key (expected PEM, or base64 DER without the BEGIN/END lines)',
};

function refuse(what: string, expected: 'private' | 'public', input: unknown): never {
  if (typeof input !== 'string' && !(input instanceof KeyObject)) {
    throw new KeyFormatError(`${what}: expected a string or KeyObject`, expected, 'not_a_string');
  }
  if (typeof input === 'string' && unescapeKeyText(input) === '') {
    throw new KeyFormatError(`${what}: empty`, expected, 'empty');
  }
  const found = keyKind(input);
  throw new KeyFormatError(`${what}: got ${DESCRIBE[found]}`, expected, found);
}

/** Parses a merchant/platform private key: base64 DER PKCS#8 or PKCS#1, or PEM. */
export function parsePrivateKey(input: string | KeyObject): KeyObject {
  if (input instanceof KeyObject) {
    if (input.type === 'private') return input;
    return refuse('private key', 'private', input);
  }
  const der = typeof input === 'string' ? toDer(input) : undefined;
  const key = der && readPrivate(der);
  return key ?? refuse('private key', 'private', input);
}

/**
 * Parses a public key: base64 DER SPKI (or PKCS#1), or PEM `PUBLIC KEY` / `RSA PUBLIC KEY`.
 * A private `KeyObject` gives its public half; a private key string is refused (it is
 * almost always the wrong key in the wrong place).
 */
export function parsePublicKey(input: string | KeyObject): KeyObject {
  if (input instanceof KeyObject) {
    if (input.type === 'public') return input;
    if (input.type === 'private') return createPublicKey(input);
    return refuse('public key', 'public', input);
  }
  const der = typeof input === 'string' ? toDer(input) : undefined;
  const key = der && readPublic(der);
  return key ?? refuse('public key', 'public', input);
}

/** Size in bytes of an RSA key's modulus (the exact length of every signature). */
export function modulusBytes(key: KeyObject): number {
  const bits = key.asymmetricKeyDetails?.modulusLength;
  if (!bits) throw new TypeError('key: not an RSA key');
  return Math.ceil(bits / 8);
}
