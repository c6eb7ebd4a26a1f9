import { createHmac, timingSafeEqual } from 'node:crypto';
import { SignatureInvalidError, ValidationError } from '@paymux/core';

/** The header carrying the signature: `t=<unix seconds>,v1=<hmac-sha256 hex>`. */
export const TESTING_SIGNATURE_HEADER = 'paymux-signature';

/** Default tolerance between the signature time and the receiver's clock, in seconds. */
export const DEFAULT_SIGNATURE_TOLERANCE_SECONDS = 300;

/** A webhook as the testing provider would POST it: exact body text plus headers. */
export interface SignedWebhook {
  /** The exact body text that was signed. */
  readonly rawBody: string;
  /** `content-type: application/json` and the `paymux-signature` header. */
  readonly headers: Readonly<Record<string, string>>;
}

/** Options of {@link signTestingWebhook}. */
export interface SignOptions {
  /** Signature time; default now. */
  readonly timestamp?: Date;
}

/** Options of {@link verifyTestingWebhook}. */
export interface VerifyOptions {
  /** The receiver's clock; default `new Date()`. */
  readonly now?: Date;
  /**
   * Largest accepted gap between the signature time and `now`, in seconds, either way
   * (default {@link DEFAULT_SIGNATURE_TOLERANCE_SECONDS}): older or newer signatures are replays.
   */
  readonly toleranceSeconds?: number;
}

type HeaderBag = Readonly<Record<string, string | readonly string[] | undefined>>;

function hmacHex(secret: string, timestamp: number, rawBody: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${rawBody}`, 'utf8').digest('hex');
}

/**
 * Sign `payload` the way the testing provider signs its webhooks (Stripe-style): the body
 * is `JSON.stringify(payload)` (or the string as given) and the header is
 * `t=<unix>,v1=<hex HMAC-SHA256 of "<t>.<body>" under secret>`.
 */
export function signTestingWebhook(
  payload: unknown,
  secret: string,
  options: SignOptions = {},
): SignedWebhook {
  const rawBody = typeof payload === 'string' ? payload : JSON.stringify(payload);
  const timestamp = Math.floor((options.timestamp ?? new Date()).getTime() / 1000);
  return {
    rawBody,
    headers: {
      'content-type': 'application/json',
      [TESTING_SIGNATURE_HEADER]: `t=${timestamp},v1=${hmacHex(secret, timestamp, rawBody)}`,
    },
  };
}

/**
 * Verify a signed webhook and return its body text. A missing or malformed header is a
 * `ValidationError` (field `headers.paymux-signature`); a signature that does not match
 * (tampered body, wrong secret) or a timestamp outside the tolerance window is a
 * `SignatureInvalidError`. Signatures are compared in constant time; the error never
 * contains the signature or the secret.
 */
export function verifyTestingWebhook(
  request: { readonly rawBody: string | Uint8Array; readonly headers?: HeaderBag },
  secret: string,
  options: VerifyOptions = {},
): string {
  const field = `headers.${TESTING_SIGNATURE_HEADER}`;
  const header = headerValue(request.headers, TESTING_SIGNATURE_HEADER);
  if (header === undefined) {
    throw new ValidationError(`Missing ${TESTING_SIGNATURE_HEADER} header`, {
      field,
      rule: 'required',
    });
  }
  const { timestamp, signatures } = parseSignatureHeader(header, field);
  const rawBody =
    typeof request.rawBody === 'string'
      ? request.rawBody
      : Buffer.from(request.rawBody).toString('utf8');

  const expected = Buffer.from(hmacHex(secret, timestamp, rawBody), 'hex');
  const matches = signatures.some((candidate) => {
    const given = Buffer.from(candidate, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!matches) throw new SignatureInvalidError('Webhook signature does not match');

  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const tolerance = options.toleranceSeconds ?? DEFAULT_SIGNATURE_TOLERANCE_SECONDS;
  if (Math.abs(now - timestamp) > tolerance) {
    throw new SignatureInvalidError(
      `Webhook signature time is outside the ${tolerance}s tolerance window`,
    );
  }
  return rawBody;
}

function parseSignatureHeader(
  header: string,
  field: string,
): { timestamp: number; signatures: string[] } {
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [key, value, ...rest] = part.trim().split('=');
    if (rest.length > 0 || value === undefined) continue;
    if (key === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    if (key === 'v1' && /^[0-9a-f]{64}$/.test(value)) signatures.push(value);
  }
  if (timestamp === undefined || signatures.length === 0) {
    throw new ValidationError(`${TESTING_SIGNATURE_HEADER} must look like t=<unix>,v1=<hex>`, {
      field,
      rule: 'format',
    });
  }
  return { timestamp, signatures };
}

function headerValue(headers: HeaderBag | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== name) continue;
    const first = typeof value === 'string' ? value : value?.[0];
    if (first !== undefined && first !== '') return first;
  }
  return undefined;
}
