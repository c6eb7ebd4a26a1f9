import { type ListApi, PaymuxError } from '@paymux/core';
import { MARKETS, type Market, market } from '../config/countries.js';
import { describeError } from './form-errors.js';

export const PAGE_SIZE = 10;

export interface ListPage<T> {
  readonly items: readonly T[];
  readonly page: number;
  readonly hasNext: boolean;
  readonly error?: string;
}

export interface RangeQuery {
  readonly m: Market;
  readonly from: string;
  readonly to: string;
  readonly page: number;
}

/** Today in the market's time zone, `yyyy-MM-dd`. */
export function localDay(m: Market, offsetDays = 0): string {
  const [sign, hh, mm] = /^([+-])(\d\d):(\d\d)$/.exec(m.adapter.utcOffset)?.slice(1) ?? [
    '+',
    '00',
    '00',
  ];
  const offsetMs = (sign === '-' ? -1 : 1) * (Number(hh) * 60 + Number(mm)) * 60_000;
  return new Date(Date.now() + offsetMs + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

export function rangeQuery(q: (name: string) => string | undefined): RangeQuery {
  const m = market(q('country')) ?? (MARKETS[0] as Market);
  const page = Math.max(1, Number.parseInt(q('page') ?? '1', 10) || 1);
  return { m, from: q('from') || localDay(m, -6), to: q('to') || localDay(m), page };
}

/**
 * One page of a provider listing: skips earlier pages and stops fetching as soon as it
 * knows whether there is a next page (the SDK fetches pages lazily).
 */
export async function listPage<T>(api: ListApi<T>, r: RangeQuery): Promise<ListPage<T>> {
  const items: T[] = [];
  const skip = (r.page - 1) * PAGE_SIZE;
  let index = 0;
  try {
    for await (const item of api.list({
      currency: r.m.currency,
      startDate: r.from,
      endDate: r.to,
      pageSize: 50,
    })) {
      if (index++ < skip) continue;
      if (items.length === PAGE_SIZE) return { items, page: r.page, hasNext: true };
      items.push(item);
    }
    return { items, page: r.page, hasNext: false };
  } catch (error) {
    if (!PaymuxError.isInstance(error)) throw error;
    return { items, page: r.page, hasNext: false, error: describeError(error) };
  }
}
