import { ValidationError } from '../errors/error-classes.js';
import type { SchemaError } from './schema-validator.js';

function pointerToPath(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

const RULE_ALIASES: Readonly<Record<string, string>> = { stringOrBytes: 'type' };

/**
 * What a `pattern` means, by the last segment of the field, so nobody ever reads a regex:
 * `customer.phone must be a phone number: …` instead of `must match pattern "^…$"`.
 */
const PATTERN_TEXT: Readonly<Record<string, string>> = {
  phone:
    'must be a phone number: digits, optionally with +, spaces, dashes, dots or parentheses (e.g. +62 812-3456-7890)',
  accountNumber:
    'must be an account number: letters and digits, optionally with spaces, dashes, dots or parentheses',
  nationalId: 'must be a national id: letters and digits, optionally with spaces, dots or dashes',
  reference: 'must be 1-48 letters, digits, _ or - (e.g. order-1001)',
  chargeReference: 'must be 1-48 letters, digits, _ or - (e.g. order-1001)',
  country: 'must be an ISO 3166-1 alpha-2 code in capitals (e.g. ID, TH, PK)',
  currency: 'must be an ISO 4217 code in capitals (e.g. IDR, THB, PKR)',
  email: 'must be an email address (e.g. name@example.com)',
  notifyUrl: 'must be an http(s) URL (e.g. https://shop.example/webhooks/otgpay)',
  returnUrl: 'must be an http(s) URL (e.g. https://shop.example/orders/1001)',
  startDate: 'must be a date written yyyy-MM-dd (e.g. 2026-11-24)',
  endDate: 'must be a date written yyyy-MM-dd (e.g. 2026-11-24)',
};

function detailOf(error: SchemaError, path: readonly string[]): string {
  if (error.keyword === 'additionalProperties') return 'is not allowed';
  if (error.keyword === 'pattern') {
    return PATTERN_TEXT[path.at(-1) ?? ''] ?? 'has characters that are not allowed here';
  }
  return error.message ?? 'is invalid';
}

/**
 * A `ValidationError` from the first ajv error: `field` is the dotted input path
 * (`customer.phone`, `items.3.money.amount`); for `required` and `additionalProperties`
 * it is the full path of the missing or unexpected property. `rule` is the ajv keyword.
 * The message names the path and says in words what is expected, never the offending value
 * and never a regular expression.
 */
export function fromAjvError(error: SchemaError, operation: string): ValidationError {
  const path = pointerToPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required' && typeof params['missingProperty'] === 'string') {
    path.push(params['missingProperty']);
  }
  if (
    error.keyword === 'additionalProperties' &&
    typeof params['additionalProperty'] === 'string'
  ) {
    path.push(params['additionalProperty']);
  }
  const field = path.length > 0 ? path.join('.') : '(input)';
  const rule = RULE_ALIASES[error.keyword] ?? error.keyword;
  const detail = detailOf(error, path);
  return new ValidationError(`Invalid ${operation} input: ${field} ${detail}`, {
    field,
    rule,
  });
}
