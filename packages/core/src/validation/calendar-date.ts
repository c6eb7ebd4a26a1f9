import { ValidationError } from '../errors/error-classes.js';

/** True when `yyyy-MM-dd` names a real calendar day (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * Checks a range already matched by the `yyyy-MM-dd` pattern: both ends are real days
 * (rule `date`) and `endDate` is not before `startDate` (rule `dateRange`).
 */
export function checkDateRange(range: { startDate: string; endDate: string }): void {
  for (const field of ['startDate', 'endDate'] as const) {
    if (!isCalendarDate(range[field])) {
      throw new ValidationError(`${field} is not a calendar date`, { field, rule: 'date' });
    }
  }
  // Same-width ISO dates compare correctly as strings.
  if (range.endDate < range.startDate) {
    throw new ValidationError('endDate must not be before startDate', {
      field: 'endDate',
      rule: 'dateRange',
    });
  }
}
