import { PaymuxError } from '@paymux/core';
import { expect } from 'vitest';

/** Runs `fn` and asserts it throws a `ValidationError` with this field and rule. */
export function expectValidation(fn: () => unknown, field: string, rule: string): void {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, `expected a ValidationError on ${field}`).toBeDefined();
  expect(PaymuxError.isInstance(thrown)).toBe(true);
  expect(thrown).toMatchObject({ code: 'validation', field, rule });
}
