/**
 * Key errors and the key text as env files and dashboards hold it (protocol §1): bare base64
 * DER or PEM, with surrounding quotes and spaces, literal `\n` escapes instead of line breaks,
 * CRLF. No Node built-in. Error messages never contain key material.
 */

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
   * True when the key is of the expected kind but not an RSA key (EC, Ed25519, RSA-PSS …):
   * OTGPAY signs with RSASSA-PKCS1-v1_5.
   */
  readonly notRsa: boolean;
  /**
   * @param message - what went wrong, naming the option; never key material
   * @param expected - the kind of key the option needed
   * @param found - what the input turned out to be
   * @param notRsa - the key is of the expected kind, but not an RSA key
   */
  constructor(
    message: string,
    expected: 'private' | 'public',
    found: KeyKind | 'empty' | 'not_a_string',
    notRsa = false,
  ) {
    super(message);
    this.name = 'KeyFormatError';
    this.expected = expected;
    this.found = found;
    this.notRsa = notRsa;
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
