import { type ListRangeInput, ValidationError } from '@paymux/core';
import type { PageRequest } from '../client/wire-types.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const MAX_PAGE_SIZE = 100;

function checkDate(value: string, field: string): void {
  const valid =
    typeof value === 'string' &&
    DATE.test(value) &&
    new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
  if (!valid) {
    throw new ValidationError(`${field} must be a calendar date yyyy-MM-dd`, {
      field,
      rule: 'date',
    });
  }
}

/** Checks a listing range and returns the request of page `page` (pageSize ≤ 100). */
export function pageRequestFor(input: ListRangeInput): (page: number) => PageRequest {
  checkDate(input.startDate, 'startDate');
  checkDate(input.endDate, 'endDate');
  if (input.startDate > input.endDate) {
    throw new ValidationError('startDate must not be after endDate', {
      field: 'startDate',
      rule: 'range',
    });
  }
  const pageSize = input.pageSize ?? MAX_PAGE_SIZE;
  if (!Number.isSafeInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new ValidationError(`pageSize must be an integer from 1 to ${MAX_PAGE_SIZE}`, {
      field: 'pageSize',
      rule: 'range',
    });
  }
  return (page) => ({ startDate: input.startDate, endDate: input.endDate, page, pageSize });
}
