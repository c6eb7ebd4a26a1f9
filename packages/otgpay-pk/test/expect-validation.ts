import { PaymuxError } from '@paymux/core';
import { expect } from 'vitest';

/** Runs `fn`, expecting a `ValidationError` on `field` for `rule`; returns it. */
export function expectValidation(fn: () => unknown, field: string, rule: string): PaymuxError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(PaymuxError.isInstance(caught), `expected a PaymuxError, got ${String(caught)}`).toBe(
    true,
  );
  const error = caught as PaymuxError;
  expect({ code: error.code, field: error.field, rule: error.rule }).toEqual({
    code: 'validation',
    field,
    rule,
  });
  return error;
}
