import { ValidationError } from '../errors/error-classes.js';
import { isCalendarDate } from '../validation/calendar-date.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let cached = formatters.get(timeZone);
  if (!cached) {
    try {
      cached = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch {
      throw new ValidationError(`timeZone "${timeZone}" is not an IANA time zone`, {
        field: 'timeZone',
        rule: 'timeZone',
      });
    }
    formatters.set(timeZone, cached);
  }
  return cached;
}

/** Offset of `timeZone` from UTC at instant `ms`, in milliseconds (Jakarta: +7 h). */
export function zoneOffsetMs(timeZone: string, ms: number): number {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    parts['year'] ?? 0,
    (parts['month'] ?? 1) - 1,
    parts['day'] ?? 1,
    parts['hour'] ?? 0,
    parts['minute'] ?? 0,
    parts['second'] ?? 0,
  );
  return wall - Math.floor(ms / 1000) * 1000;
}

/** The UTC instant of local midnight starting `date` (`yyyy-MM-dd`) in `timeZone`. */
function startOfLocalDay(date: string, timeZone: string): number {
  const wallMidnight = Date.parse(`${date}T00:00:00Z`);
  let guess = wallMidnight - zoneOffsetMs(timeZone, wallMidnight);
  // Second pass: the offset at the guess itself (differs only across a DST change).
  guess = wallMidnight - zoneOffsetMs(timeZone, guess);
  return guess;
}

/** `yyyy-MM-dd` of instant `ms` in `timeZone`. */
export function localDateIn(ms: number, timeZone: string): string {
  return new Date(ms + zoneOffsetMs(timeZone, ms)).toISOString().slice(0, 10);
}

/** `date` shifted by `days` calendar days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A business day: `[start, end)` in UTC of `[00:00, 24:00)` local time. */
export interface BusinessDay {
  /** The local date, `yyyy-MM-dd`. */
  readonly day: string;
  /** The IANA zone the day is local to, e.g. `Asia/Jakarta`. */
  readonly timeZone: string;
  /** Local 00:00 of `day`, in milliseconds since the epoch (inclusive). */
  readonly start: number;
  /** Local 00:00 of the next day, in milliseconds since the epoch (exclusive); 23 or 25 h after `start` across a DST change. */
  readonly end: number;
}

/** Validates `day` and `timeZone` (naming the field) and converts the day to UTC. */
export function businessDay(day: string, timeZone: string): BusinessDay {
  if (typeof day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(day) || !isCalendarDate(day)) {
    throw new ValidationError('day must be a calendar date yyyy-MM-dd', {
      field: 'day',
      rule: 'date',
    });
  }
  if (typeof timeZone !== 'string' || timeZone === '') {
    throw new ValidationError('timeZone must be an IANA time zone', {
      field: 'timeZone',
      rule: 'timeZone',
    });
  }
  formatter(timeZone);
  return {
    day,
    timeZone,
    start: startOfLocalDay(day, timeZone),
    end: startOfLocalDay(addDays(day, 1), timeZone),
  };
}
