import {
  COUNTRY,
  CURRENCY,
  DATE,
  MONEY,
  PARTY,
  PAYMENT_METHOD,
  PAYOUT_DESTINATION,
  REFERENCE,
  URL,
} from './schema-parts.js';

/** The operations whose input `validateInput` checks. */
export type ValidatedOperation =
  | 'createCharge'
  | 'getCharge'
  | 'refund'
  | 'createPayout'
  | 'getPayout'
  | 'createPayoutBatch'
  | 'getBalance'
  | 'listSettlements'
  | 'listStatement'
  | 'webhook';

/** Most items one batch may carry; providers may accept fewer and split. */
export const MAX_BATCH_ITEMS = 10_000;

const CREATE_PAYOUT = {
  type: 'object',
  required: ['reference', 'money', 'country', 'destination', 'recipient'],
  additionalProperties: false,
  properties: {
    reference: REFERENCE,
    money: MONEY,
    country: COUNTRY,
    destination: PAYOUT_DESTINATION,
    recipient: PARTY,
    notifyUrl: URL,
  },
};

const LIST_RANGE = {
  type: 'object',
  required: ['startDate', 'endDate'],
  additionalProperties: false,
  properties: {
    startDate: DATE,
    endDate: DATE,
    pageSize: { type: 'integer', minimum: 1, maximum: 100 },
  },
};

const BY_REFERENCE = {
  type: 'object',
  required: ['reference'],
  additionalProperties: false,
  properties: { reference: REFERENCE },
};

/** One JSON Schema (draft-07, ajv strict mode) per operation input. */
export const OPERATION_SCHEMAS: Readonly<Record<ValidatedOperation, object>> = {
  createCharge: {
    type: 'object',
    required: ['reference', 'money', 'country', 'method', 'customer'],
    additionalProperties: false,
    properties: {
      reference: REFERENCE,
      money: MONEY,
      country: COUNTRY,
      method: PAYMENT_METHOD,
      customer: PARTY,
      description: { type: 'string', maxLength: 255 },
      notifyUrl: URL,
      returnUrl: URL,
    },
  },
  getCharge: BY_REFERENCE,
  refund: {
    type: 'object',
    required: ['chargeReference', 'reference', 'money'],
    additionalProperties: false,
    properties: {
      chargeReference: REFERENCE,
      reference: REFERENCE,
      money: MONEY,
      reason: { type: 'string', maxLength: 255 },
    },
  },
  createPayout: CREATE_PAYOUT,
  getPayout: BY_REFERENCE,
  createPayoutBatch: {
    type: 'object',
    required: ['reference', 'items'],
    additionalProperties: false,
    properties: {
      reference: REFERENCE,
      items: { type: 'array', minItems: 1, maxItems: MAX_BATCH_ITEMS, items: CREATE_PAYOUT },
      notifyUrl: URL,
    },
  },
  getBalance: {
    type: 'object',
    required: ['currency'],
    additionalProperties: false,
    properties: { currency: CURRENCY },
  },
  listSettlements: LIST_RANGE,
  listStatement: LIST_RANGE,
  webhook: {
    type: 'object',
    required: ['rawBody'],
    additionalProperties: false,
    properties: {
      rawBody: { stringOrBytes: true },
      headers: { type: 'object' },
    },
  },
};
