import { describe, expect, it } from 'vitest';
import {
  createPaymux,
  MAX_BATCH_ITEMS,
  type ValidatedOperation,
  ValidationError,
  validateInput,
} from '../src/index.js';
import { validatorFor } from '../src/validation/compiled-validators.js';
import { FakeProvider } from './support/fake-provider.js';
import { chargeInput, payoutInput } from './support/inputs.js';

function failure(operation: ValidatedOperation, input: unknown): { field?: string; rule?: string } {
  try {
    validateInput(operation, input as never);
  } catch (error) {
    if (ValidationError.isInstance(error)) return { field: error.field, rule: error.rule };
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('validateInput', () => {
  it('compiles each schema once and reuses it', () => {
    expect(validatorFor('createCharge')).toBe(validatorFor('createCharge'));
    expect(validatorFor('refund')).not.toBe(validatorFor('createCharge'));
  });

  it('accepts a valid charge and normalizes a safe-integer amount to bigint', () => {
    const charge = validateInput(
      'createCharge',
      chargeInput({ money: { amount: 1500, currency: 'IDR' } }),
    );
    expect(charge.money).toEqual({ amount: 1500n, currency: 'IDR' });
  });

  it.each<[string, unknown, string, string]>([
    ['missing phone', { customer: { name: 'A', email: 'a@b.co' } }, 'customer.phone', 'required'],
    [
      'bad phone',
      { customer: { name: 'A', email: 'a@b.co', phone: '0812-34ab-567' } },
      'customer.phone',
      'pattern',
    ],
    [
      'short phone',
      { customer: { name: 'A', email: 'a@b.co', phone: '0812' } },
      'customer.phone',
      'minLength',
    ],
    ['long reference', { reference: 'x'.repeat(49) }, 'reference', 'maxLength'],
    ['bad reference chars', { reference: 'order 1' }, 'reference', 'pattern'],
    ['empty reference', { reference: '' }, 'reference', 'minLength'],
    [
      'lower-case currency',
      { money: { amount: 1n, currency: 'idr' } },
      'money.currency',
      'pattern',
    ],
    ['unknown currency', { money: { amount: 1n, currency: 'XYZ' } }, 'money.currency', 'currency'],
    ['float amount', { money: { amount: 0.1 + 0.2, currency: 'IDR' } }, 'money.amount', 'integer'],
    ['string amount', { money: { amount: '100', currency: 'IDR' } }, 'money.amount', 'integer'],
    ['zero amount', { money: { amount: 0n, currency: 'IDR' } }, 'money.amount', 'exclusiveMinimum'],
    [
      'negative amount',
      { money: { amount: -5n, currency: 'IDR' } },
      'money.amount',
      'exclusiveMinimum',
    ],
    ['missing amount', { money: { currency: 'IDR' } }, 'money.amount', 'required'],
    ['bad method', { method: { type: 'cash' } }, 'method.type', 'enum'],
    ['bad country', { country: 'IDN' }, 'country', 'pattern'],
    ['unknown field', { metadata: {} }, 'metadata', 'additionalProperties'],
    ['bad url', { notifyUrl: 'ftp://x' }, 'notifyUrl', 'pattern'],
  ])('createCharge: %s', (_name, override, field, rule) => {
    expect(failure('createCharge', { ...chargeInput(), ...(override as object) })).toEqual({
      field,
      rule,
    });
  });

  it('names a missing top-level property by its path', () => {
    const { customer: _customer, ...rest } = chargeInput();
    expect(failure('createCharge', rest)).toEqual({ field: 'customer', rule: 'required' });
    expect(failure('createCharge', null)).toEqual({ field: '(input)', rule: 'type' });
  });

  it('names batch item fields with their index', () => {
    const items = Array.from({ length: 5 }, (_, i) => payoutInput({ reference: `p-${i}` }));
    const bad = [...items];
    bad[3] = payoutInput({ reference: 'p-3', money: { amount: 1.5, currency: 'IDR' } });
    expect(failure('createPayoutBatch', { reference: 'b-1', items: bad })).toEqual({
      field: 'items.3.money.amount',
      rule: 'integer',
    });
    const noPhone = [...items];
    noPhone[2] = {
      ...payoutInput({ reference: 'p-2' }),
      recipient: { name: 'A', email: 'a@b.co' },
    } as never;
    expect(failure('createPayoutBatch', { reference: 'b-1', items: noPhone })).toEqual({
      field: 'items.2.recipient.phone',
      rule: 'required',
    });
  });

  it('bounds batch size to 1..10000', () => {
    expect(failure('createPayoutBatch', { reference: 'b', items: [] })).toEqual({
      field: 'items',
      rule: 'minItems',
    });
    const item = payoutInput();
    const tooMany = Array.from({ length: MAX_BATCH_ITEMS + 1 }, () => item);
    expect(failure('createPayoutBatch', { reference: 'b', items: tooMany })).toEqual({
      field: 'items',
      rule: 'maxItems',
    });
  });

  it('checks list ranges: format, calendar, order and page size', () => {
    const ok = { startDate: '2026-11-01', endDate: '2026-11-30', pageSize: 100 };
    expect(validateInput('listSettlements', ok)).toEqual(ok);
    expect(
      validateInput('listStatement', { startDate: '2026-11-01', endDate: '2026-11-01' }),
    ).toBeTruthy();
    expect(failure('listSettlements', { ...ok, startDate: '2026/11/01' })).toEqual({
      field: 'startDate',
      rule: 'pattern',
    });
    expect(failure('listSettlements', { ...ok, endDate: '2026-02-30' })).toEqual({
      field: 'endDate',
      rule: 'date',
    });
    expect(failure('listStatement', { ...ok, endDate: '2026-10-31' })).toEqual({
      field: 'endDate',
      rule: 'dateRange',
    });
    expect(failure('listStatement', { ...ok, pageSize: 0 })).toEqual({
      field: 'pageSize',
      rule: 'minimum',
    });
    expect(failure('listStatement', { ...ok, pageSize: 101 })).toEqual({
      field: 'pageSize',
      rule: 'maximum',
    });
    expect(failure('listStatement', { ...ok, pageSize: 1.5 })).toEqual({
      field: 'pageSize',
      rule: 'type',
    });
  });

  it('checks the other operations', () => {
    expect(
      failure('refund', {
        chargeReference: 'o-1',
        reference: 'r 1',
        money: { amount: 1n, currency: 'IDR' },
      }),
    ).toEqual({
      field: 'reference',
      rule: 'pattern',
    });
    expect(failure('getBalance', { currency: 'rupiah' })).toEqual({
      field: 'currency',
      rule: 'pattern',
    });
    expect(failure('getPayout', {})).toEqual({ field: 'reference', rule: 'required' });
    expect(failure('webhook', { rawBody: 42 })).toEqual({ field: 'rawBody', rule: 'type' });
    expect(
      validateInput('webhook', { rawBody: new Uint8Array([123, 125]) }).rawBody,
    ).toBeInstanceOf(Uint8Array);
  });

  it('stops bad input before any provider call', async () => {
    const provider = new FakeProvider('fake-id');
    const paymux = createPaymux({ providers: [provider] });
    const bad = chargeInput({ customer: { name: 'A', email: 'a@b.co', phone: 'not-a-phone' } });
    await expect(paymux.charges.create(bad)).rejects.toMatchObject({
      code: 'validation',
      field: 'customer.phone',
      rule: 'pattern',
    });
    await expect(
      paymux.payouts.createBatch({
        reference: 'b-1',
        items: [
          payoutInput({ reference: 'a' }),
          payoutInput({ reference: 'b', money: { amount: 0n, currency: 'IDR' } }),
        ],
      }),
    ).rejects.toMatchObject({ field: 'items.1.money.amount', rule: 'exclusiveMinimum' });
    expect(provider.calls).toHaveLength(0);
  });
});
