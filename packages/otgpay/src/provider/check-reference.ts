import { ValidationError } from '@paymux/core';

const REFERENCE = /^[A-Za-z0-9_.:-]{1,48}$/;

/**
 * OTGPAY ids (`orderId`, `refundId`, `batchId`) are at most 48 characters; we also keep
 * them to URL-safe characters because an `orderId` travels in the path of queries.
 */
export function checkReference(value: string, field: string): void {
  if (typeof value !== 'string' || value === '') {
    throw new ValidationError(`${field} is required`, { field, rule: 'required' });
  }
  if (value.length > 48) {
    throw new ValidationError(`${field} must be at most 48 characters`, {
      field,
      rule: 'maxLength',
    });
  }
  if (!REFERENCE.test(value)) {
    throw new ValidationError(`${field} may only hold letters, digits and _.:-`, {
      field,
      rule: 'pattern',
    });
  }
}
