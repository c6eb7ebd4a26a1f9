import type { Paymux } from '@paymux/core';

/** One line of what the SDK did, from its lifecycle events (already redacted by the core). */
export interface Activity {
  readonly at: string;
  readonly kind: 'request' | 'response' | 'retry' | 'error' | 'event';
  readonly text: string;
  readonly reference?: string;
}

/**
 * The last few hundred SDK events, so a visitor can watch retries and the reconciliation
 * of an ambiguous write (e.g. after the sandbox committed a charge and dropped the answer).
 */
export class ActivityLog {
  readonly #entries: Activity[] = [];
  readonly #limit: number;
  #onAdd: () => void = () => {};

  constructor(limit = 300) {
    this.#limit = limit;
  }

  onAdd(listener: () => void): void {
    this.#onAdd = listener;
  }

  add(kind: Activity['kind'], text: string, reference?: string): void {
    this.#entries.push({
      at: new Date().toISOString(),
      kind,
      text,
      ...(reference ? { reference } : {}),
    });
    if (this.#entries.length > this.#limit) this.#entries.shift();
    this.#onAdd();
  }

  /** Newest first. */
  recent(count = 50): readonly Activity[] {
    return this.#entries.slice(-count).reverse();
  }

  /** Subscribes to the client's events. */
  watch(paymux: Paymux): void {
    paymux.on('request', (e) =>
      this.add(
        'request',
        `${e.provider} ${e.method} ${e.path} (${e.operation}, attempt ${e.attempt})`,
      ),
    );
    paymux.on('response', (e) =>
      this.add(
        'response',
        e.status === undefined
          ? `${e.provider} ${e.path}: no answer after ${e.durationMs} ms`
          : `${e.provider} ${e.path}: HTTP ${e.status}${e.providerCode ? ` code ${e.providerCode}` : ''} in ${e.durationMs} ms`,
      ),
    );
    paymux.on('retry', (e) =>
      this.add(
        'retry',
        `${e.provider} ${e.operation}: ${e.code}, attempt ${e.attempt + 1} in ${e.delayMs} ms`,
      ),
    );
    paymux.on('error', (e) =>
      this.add('error', `${e.operation}: ${e.error.code} — ${e.error.message}`, e.reference),
    );
    paymux.on('charge.created', (c) =>
      this.add('event', `charge.created ${c.reference} (${c.status})`, c.reference),
    );
    paymux.on('charge.updated', (u) =>
      this.add(
        'event',
        `charge.updated ${u.charge.reference}: ${u.previousStatus} → ${u.charge.status}`,
        u.charge.reference,
      ),
    );
    paymux.on('refund.created', (r) => this.add('event', `refund.created ${r.reference}`));
    paymux.on('payout.created', (p) =>
      this.add('event', `payout.created ${p.reference} (${p.status})`, p.reference),
    );
    paymux.on('payout_batch.progress', (p) =>
      this.add('event', `payout batch ${p.reference}: ${p.done}/${p.total} sent`, p.reference),
    );
    paymux.on('webhook.received', (w) =>
      this.add('event', `webhook ${w.id} received`, w.reference),
    );
    paymux.on('webhook.duplicate', (w) =>
      this.add('event', `webhook ${w.id} duplicate, acknowledged`, w.reference),
    );
  }
}
