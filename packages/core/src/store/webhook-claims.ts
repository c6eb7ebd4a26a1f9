import type { Store, StoreWriteOptions } from './store.js';

/** A webhook event id in the Store: being handled by `owner` until `leaseUntil`, or done. */
export type WebhookMark =
  | {
      /** A handler is running for the event. */
      readonly state: 'processing';
      /** The instance running it. */
      readonly owner: string;
      /** Until when (ms since the epoch) the claim holds; after it, a redelivery may retake it. */
      readonly leaseUntil: number;
    }
  | {
      /** The event was handled (or seen by `constructEvent`); redeliveries are duplicates. */
      readonly state: 'done';
    };

/** What `claim` found. `fresh` and `retaken` make this instance the event's handler. */
export type WebhookClaim =
  | {
      /** `fresh`: first delivery; `retaken`: an earlier handler's lease ran out. */
      readonly kind: 'fresh' | 'retaken';
      /** The claim's Store version, needed to finish or release it. */
      readonly version: string;
      /** When this instance's claim ends (ms since the epoch). */
      readonly leaseUntil: number;
    }
  | {
      /** The event was already handled. */
      readonly kind: 'duplicate';
    }
  | {
      /** Another delivery holds a live claim. */
      readonly kind: 'in_progress';
      /** When that claim ends (ms since the epoch). */
      readonly leaseUntil: number;
    };

/** Default webhook claim lease: 60 s. */
export const DEFAULT_WEBHOOK_LEASE_MS = 60_000;

/** How {@link WebhookClaims} keeps claims (the client passes its webhook options). */
export interface WebhookClaimsOptions {
  /** How long an event id is remembered (dedupe) and the final-state guard kept. */
  readonly ttlMs: number;
  /** How long a handler may run before a redelivery retakes the event. */
  readonly leaseMs: number;
  /** This instance's id, written into the claims it holds. */
  readonly owner: string;
}

/**
 * Webhook dedupe with leases, plus the per-order final-state guard.
 * - `webhook:<provider>:<eventId>` holds a `WebhookMark`. A claim is `processing` with a
 *   lease; a redelivery while the lease runs is `in_progress`; after it, the claim is
 *   retaken (compare-and-set, so exactly one redelivery wins). Finishing and releasing are
 *   compare-and-set on the claim's version: a finisher whose lease was retaken changes
 *   nothing.
 * - `webhook-final:<provider>:<kind>:<reference>` holds the first final event type recorded
 *   for an order; a different final type later is `stale`.
 */
export class WebhookClaims {
  readonly #write: StoreWriteOptions;

  /**
   * @param store - where claims and final-state guards live.
   * @param clock - milliseconds since the epoch, for leases.
   * @param options - TTL, lease and owner id. Throws `RangeError` when `leaseMs` is not > 0.
   */
  constructor(
    private readonly store: Store,
    private readonly clock: () => number,
    /** The TTL, lease and owner this instance claims with. */
    readonly options: WebhookClaimsOptions,
  ) {
    if (!(options.leaseMs > 0)) throw new RangeError('webhookLeaseMs must be > 0');
    this.#write = { ttlMs: options.ttlMs };
  }

  /** Claims `key` for this instance's handler, or says why not. */
  async claim(key: string): Promise<WebhookClaim> {
    for (;;) {
      const now = this.clock();
      const leaseUntil = now + this.options.leaseMs;
      const mark: WebhookMark = { state: 'processing', owner: this.options.owner, leaseUntil };
      const created = await this.store.setIfAbsent(key, mark, this.#write);
      if (created) return { kind: 'fresh', version: created, leaseUntil };
      const entry = await this.store.get<WebhookMark>(key);
      if (!entry) continue;
      if (entry.value.state !== 'processing') return { kind: 'duplicate' };
      if (entry.value.leaseUntil > now) {
        return { kind: 'in_progress', leaseUntil: entry.value.leaseUntil };
      }
      const retaken = await this.store.compareAndSet(key, entry.version, mark, this.#write);
      if (retaken) return { kind: 'retaken', version: retaken, leaseUntil };
    }
  }

  /** Marks the event seen without running a handler (`constructEvent`). True when new. */
  async markSeen(key: string): Promise<boolean> {
    const done: WebhookMark = { state: 'done' };
    return (await this.store.setIfAbsent(key, done, this.#write)) !== undefined;
  }

  /** Marks the claimed event done; false when the claim was retaken meanwhile. */
  async finish(key: string, version: string): Promise<boolean> {
    const done: WebhookMark = { state: 'done' };
    return (await this.store.compareAndSet(key, version, done, this.#write)) !== undefined;
  }

  /** Drops the claim so a redelivery runs the handler; false when it was retaken meanwhile. */
  release(key: string, version: string): Promise<boolean> {
    return this.store.delete(key, version);
  }

  /**
   * Records `type` as the final status of the order behind `key`, or compares with the one
   * recorded. `stale` when another final status is there; `version` when this call set it
   * (so a failed handler can take back exactly what it added).
   */
  async guardFinal(
    key: string,
    type: string,
  ): Promise<{
    /** True when another final status was recorded first: do not apply this one. */
    stale: boolean;
    /** The guard's version when this call recorded `type` (for `dropFinal`). */
    version?: string;
  }> {
    for (;;) {
      const version = await this.store.setIfAbsent(key, type, this.#write);
      if (version) return { stale: false, version };
      const entry = await this.store.get<string>(key);
      if (entry) return { stale: entry.value !== type };
    }
  }

  /** Takes back a final status this instance recorded (its handler failed). */
  async dropFinal(key: string, version: string): Promise<void> {
    await this.store.delete(key, version);
  }
}
