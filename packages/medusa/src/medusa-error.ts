import { MedusaError } from '@medusajs/framework/utils';
import { PaymuxError } from '@paymux/core';

/**
 * A paymux error as Medusa shows it: a validation error becomes `invalid_data` (HTTP 400,
 * message naming the field), an unsupported method/currency `not_allowed`. Anything else
 * is rethrown unchanged so its `code`, `retryable` and `outcomeUnknown` stay visible.
 */
export function toMedusaError(error: unknown): unknown {
  if (!PaymuxError.isInstance(error)) return error;
  if (error.code === 'validation') {
    const field = error.field ? ` (field ${error.field})` : '';
    return new MedusaError(MedusaError.Types.INVALID_DATA, `${error.message}${field}`);
  }
  if (error.code === 'unsupported' || error.code === 'invalid_state') {
    return new MedusaError(MedusaError.Types.NOT_ALLOWED, error.message);
  }
  return error;
}
