import { describe, expect, it } from 'vitest';
import { normalizePromptPayId } from '../src/index.js';

describe('normalizePromptPayId', () => {
  it.each([
    ['mobile, local', '0812345678', '0812345678'],
    ['mobile, dashed', '081-234-5678', '0812345678'],
    ['mobile, +66', '+66 81 234 5678', '0812345678'],
    ['mobile, 0066 (13 digits, not an id)', '0066812345678', '0812345678'],
    ['citizen id', '3100600445635', '3100600445635'],
    ['citizen id, dashed', '1-2345-45678-78-1', '1234545678781'],
  ])('%s: %s -> %s', (_why, raw, wire) => {
    expect(normalizePromptPayId(raw)).toBe(wire);
  });

  it.each([
    ['citizen id with a wrong check digit', '3100600445636'],
    ['landline', '021234567'],
    ['11 digits', '08123456789'],
    ['15-digit e-wallet id (not supported)', '140000000000000'],
    ['empty', ''],
  ])('refuses %s (%s)', (_why, raw) => {
    expect(normalizePromptPayId(raw)).toBeUndefined();
  });

  it('always yields what the wire accepts for PromptPay (10 or 13 digits)', () => {
    for (const raw of ['+66 91 234 5678', '1-2345-45678-78-1']) {
      expect(normalizePromptPayId(raw)).toMatch(/^(\d{10}|\d{13})$/);
    }
  });
});
