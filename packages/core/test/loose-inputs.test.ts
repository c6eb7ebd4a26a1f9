import { describe, expect, it } from 'vitest';
import { ValidationError, validateInput } from '../src/index.js';
import { chargeInput, payoutInput } from './support/inputs.js';

const customer = { name: 'Siti', email: 's@example.id' };

describe('the core accepts every form the country adapters normalize', () => {
  it.each([
    '(+62) 812-3456-7890',
    '(+66) 81 234 5678',
    '(+92) 300 1234567',
    ' 0812 3456 7890',
    '+62 (0) 812.3456.7890 ',
    '0300/1234567',
  ])('customer.phone %j', (phone) => {
    expect(() =>
      validateInput('createCharge', chargeInput({ customer: { ...customer, phone } })),
    ).not.toThrow();
  });

  it.each([
    '(0812) 3456-7890',
    ' PK36 SCBL 0000 0011 2345 6702',
    '+66 81 234 5678',
    '123-4-56789-0',
  ])('destination.accountNumber %j', (accountNumber) => {
    const input = payoutInput();
    expect(() =>
      validateInput('createPayout', {
        ...input,
        destination: { ...input.destination, accountNumber },
      }),
    ).not.toThrow();
  });

  it('never shows a regular expression: a bad field is described in words', () => {
    const cases: Array<[string, unknown]> = [
      ['createCharge', chargeInput({ customer: { ...customer, phone: 'call me maybe' } })],
      ['createCharge', chargeInput({ reference: 'order #1' })],
      ['createCharge', chargeInput({ country: 'id' })],
      ['createCharge', chargeInput({ notifyUrl: 'shop.example/hook' })],
      ['createCharge', chargeInput({ customer: { ...customer, phone: '0812', nationalId: '#' } })],
      [
        'createPayout',
        { ...payoutInput(), destination: { ...payoutInput().destination, accountNumber: '@@@@' } },
      ],
      ['listStatement', { startDate: '24/11/2026', endDate: '2026-11-24' }],
    ];
    for (const [operation, input] of cases) {
      try {
        validateInput(operation as 'createCharge', input as never);
        throw new Error(
          `accepted ${JSON.stringify(input, (_k, v) => (typeof v === 'bigint' ? `${v}` : v))}`,
        );
      } catch (error) {
        expect(ValidationError.isInstance(error)).toBe(true);
        const message = (error as Error).message;
        expect(message).not.toMatch(/pattern|\^|\$"|\[0-9/);
        expect(message).toContain((error as ValidationError).field as string);
      }
    }
  });
});
