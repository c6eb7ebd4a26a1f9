import type { OperationContext } from '@paymux/core';
import { ValidationError } from '@paymux/core';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

/** Throws a `ValidationError` on `pageSize` unless it is an integer 1..100. */
export function resolvePageSize(pageSize: number | undefined): number {
  const size = pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new ValidationError(`pageSize must be an integer 1..${MAX_PAGE_SIZE}`, {
      field: 'pageSize',
      rule: 'range',
    });
  }
  return size;
}

/**
 * Items fetched page by page, as a real provider's list endpoint would serve them: each
 * page is one observed request (`GET <path>?page=N`), made only when the consumer asks for
 * more. `fetchAll` is called once, on the first page, so the listing is a consistent view.
 */
export async function* pagedIterable<T>(
  path: string,
  pageSize: number,
  ctx: OperationContext,
  fetchAll: () => readonly T[],
): AsyncGenerator<T> {
  let items: readonly T[] | undefined;
  for (let page = 1; ; page++) {
    ctx.signal?.throwIfAborted();
    const event = { method: 'GET', path: `${path}?page=${page}&pageSize=${pageSize}` };
    ctx.observer.request(event);
    items ??= fetchAll();
    const slice = items.slice((page - 1) * pageSize, page * pageSize);
    ctx.observer.response({ ...event, status: 200, durationMs: 0 });
    yield* slice;
    if (page * pageSize >= items.length) return;
  }
}
