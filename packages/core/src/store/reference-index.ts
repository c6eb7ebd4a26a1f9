import type { Money } from '../money/money.js';
import type { Store } from './store.js';

/** The kinds of object the reference index tracks (refunds live under their charge). */
export type ReferenceKind = 'charge' | 'payout';

/** Where an object lives and the last status the core saw. */
export interface ReferenceEntry<S extends string = string> {
  /** Id of the provider instance holding the object. */
  readonly provider: string;
  /** The last status the core saw (at create, retrieve or webhook). */
  readonly status: S;
  /** The object's amount, when known (decides whether a refund is partial). */
  readonly money?: Money;
}

/**
 * Merchant reference → provider holding it, so `charges.retrieve(reference)` and refunds
 * go to the right provider, plus the last seen status so status changes become events.
 */
export class ReferenceIndex {
  /**
   * @param store - where entries live, under `ref:<kind>:<reference>`.
   * @param ttlMs - how long an entry lives; default forever (the client passes `idempotencyTtlMs`).
   */
  constructor(
    private readonly store: Store,
    private readonly ttlMs?: number,
  ) {}

  /** The entry of `reference`, or `undefined` when the core never saw it (or it expired). */
  async lookup<S extends string>(
    kind: ReferenceKind,
    reference: string,
  ): Promise<ReferenceEntry<S> | undefined> {
    return (await this.store.get<ReferenceEntry<S>>(`ref:${kind}:${reference}`))?.value;
  }

  /** Records (overwrites) where `reference` lives and its latest status. */
  async remember(kind: ReferenceKind, reference: string, entry: ReferenceEntry): Promise<void> {
    await this.store.set(
      `ref:${kind}:${reference}`,
      entry,
      this.ttlMs === undefined ? {} : { ttlMs: this.ttlMs },
    );
  }
}
