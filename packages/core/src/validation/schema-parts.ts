import { PAYMENT_METHOD_TYPES } from '../contract/method.js';

/**
 * Reusable JSON Schema fragments of the operation inputs. Plain objects (no `$ref`) so
 * each operation schema is self-contained and compiles on its own.
 *
 * Money amounts are `bigint`, which JSON Schema cannot type: the schemas only require
 * `money.amount` to be present; `validateInput` then normalizes it with `toMoney`
 * (rule `integer`) and checks it is positive (rule `exclusiveMinimum`).
 */

/** Digits among the separators people type; at least one digit. No letters. */
export const PHONE_LIKE = '^[\\s+0-9()./-]*[0-9][\\s+0-9()./-]*$';
/** Letters and digits among separators (IBANs, wallet numbers); at least one of them. */
export const ACCOUNT_LIKE = '^[\\s+A-Za-z0-9()./-]*[A-Za-z0-9][\\s+A-Za-z0-9()./-]*$';
/** National ids as printed: letters and digits among spaces, dots, dashes and slashes. */
export const ID_LIKE = '^[\\s.A-Za-z0-9/-]*[A-Za-z0-9][\\s.A-Za-z0-9/-]*$';

export const REFERENCE = {
  type: 'string',
  minLength: 1,
  maxLength: 48,
  pattern: '^[A-Za-z0-9_-]+$',
};

export const COUNTRY = { type: 'string', pattern: '^[A-Z]{2}$' };

export const CURRENCY = { type: 'string', pattern: '^[A-Z]{3}$' };

export const URL = { type: 'string', maxLength: 2048, pattern: '^https?://[^\\s]+$' };

export const DATE = { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' };

export const MONEY = {
  type: 'object',
  required: ['amount', 'currency'],
  additionalProperties: false,
  properties: { amount: {}, currency: CURRENCY },
};

export const PARTY = {
  type: 'object',
  required: ['name', 'email', 'phone'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 100 },
    email: { type: 'string', maxLength: 254, pattern: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$' },
    // Every form people type passes here (`(+62) 812-3456-7890`, ` 0812 3456 7890`,
    // `+92 (300) 123.4567`): digits among spaces, `+`, dashes, dots, slashes and
    // parentheses. The country adapter normalizes them and applies the country's exact rule.
    phone: { type: 'string', minLength: 6, maxLength: 40, pattern: PHONE_LIKE },
    nationalId: { type: 'string', minLength: 1, maxLength: 40, pattern: ID_LIKE },
    id: { type: 'string', minLength: 1, maxLength: 64 },
  },
};

export const PAYMENT_METHOD = {
  type: 'object',
  required: ['type'],
  additionalProperties: false,
  properties: {
    type: { type: 'string', enum: [...PAYMENT_METHOD_TYPES] },
    channel: { type: 'string', minLength: 1, maxLength: 32 },
  },
};

export const PAYOUT_DESTINATION = {
  type: 'object',
  required: ['type', 'bank', 'accountNumber'],
  additionalProperties: false,
  properties: {
    type: { type: 'string', enum: ['bank_account', 'ewallet'] },
    bank: { type: 'string', minLength: 1, maxLength: 32 },
    // `(0812) 3456-7890`, ` PK36 SCBL 0000 0011 2345 6702`, `+66 81 234 5678`: the adapter
    // normalizes; here only characters no account number can contain are refused.
    accountNumber: { type: 'string', minLength: 4, maxLength: 64, pattern: ACCOUNT_LIKE },
  },
};
