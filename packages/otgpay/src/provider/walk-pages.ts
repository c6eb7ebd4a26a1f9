import { ProviderError } from '@paymux/core';

export interface Page<T> {
  readonly total: number;
  readonly items: readonly T[];
}

/**
 * Yields every item of a paged OTGPAY listing, asking for page 1, 2, ... until `total`
 * items were seen. An empty page before that ends the walk with a `ProviderError`
 * (the platform's total and its pages disagree), so a caller never loops forever.
 */
export async function* walkPages<T>(
  fetchPage: (page: number) => Promise<Page<T>>,
  provider: string,
): AsyncGenerator<T> {
  let seen = 0;
  for (let page = 1; ; page += 1) {
    const { total, items } = await fetchPage(page);
    for (const item of items) yield item;
    seen += items.length;
    if (seen >= total) return;
    if (items.length === 0) {
      throw new ProviderError(`OTGPAY page ${page} is empty after ${seen} of ${total} items`, {
        provider,
        raw: { page, seen, total },
      });
    }
  }
}
