import type { Money } from '../money/money.js';
import type { Store } from './store.js';

export type ReferenceKind = 'charge' | 'payout';

/** Where an object lives and the last status the core saw. */
export interface ReferenceEntry<S extends string = string> {
  readonly provider: string;
  readonly status: S;
  readonly money?: Money;
}

/**
 * Merchant reference → provider holding it, so `charges.retrieve(reference)` and refunds
 * go to the right provider, plus the last seen status so status changes become events.
 */
export class ReferenceIndex {
  constructor(
    private readonly store: Store,
    private readonly ttlMs?: number,
  ) {}

  async lookup<S extends string>(
    kind: ReferenceKind,
    reference: string,
  ): Promise<ReferenceEntry<S> | undefined> {
    return (await this.store.get<ReferenceEntry<S>>(`ref:${kind}:${reference}`))?.value;
  }

  async remember(kind: ReferenceKind, reference: string, entry: ReferenceEntry): Promise<void> {
    await this.store.set(
      `ref:${kind}:${reference}`,
      entry,
      this.ttlMs === undefined ? {} : { ttlMs: this.ttlMs },
    );
  }
}
