import type { OtgpaySigner } from '@paymux/otgpay-signing';
import type { Faults } from './faults.js';
import type { Store } from './store/store.js';

/**
 * Webhook delivery (protocol §7): signed JSON POST to notifyUrl; HTTP 200 with body
 * `SUCCESS` (trimmed) acknowledges; anything else is retried after each delay of
 * `retryDelaysMs` in turn, then given up. Every attempt is logged per order, in the
 * sandbox's store when given one (the SQLite file keeps it across a restart).
 */

/**
 * One attempt to deliver a callback, as {@link SandboxControl.callbacks} lists them: what a
 * test asserts to prove its webhook endpoint acknowledged (or was retried).
 */
export interface DeliveryAttempt {
  /** The callback `event`: `payment.completed`, `payment.failed`, `payout.completed` or `payout.failed`. */
  event: string;
  /** The order's `notifyUrl` the body was POSTed to. */
  url: string;
  /** 1 for the first delivery, then 2, 3 … for each retry. */
  attempt: number;
  /** When the attempt started, ISO 8601 in UTC. */
  time: string;
  /** The receiver's HTTP status; absent when no answer came (connection refused, timeout). */
  httpStatus?: number;
  /** The first 200 characters of the receiver's body. */
  response?: string;
  /** Why no answer came (the fetch error's message), e.g. an abort after `callbackTimeoutMs`. */
  error?: string;
  /** True when the receiver answered HTTP 200 with the body `SUCCESS` (trimmed): no retry follows. */
  ok: boolean;
}

export interface CallbackJob {
  appId: number;
  orderId: string;
  url: string;
  body: Record<string, unknown>;
  signer: OtgpaySigner;
}

export interface DispatcherOptions {
  retryDelaysMs: number[];
  timeoutMs: number;
  faults: Faults;
  /** Where the delivery log lives (so it survives a restart on the SQLite store). */
  store?: Store;
}

/** Store kind of the delivery log. */
const LOG_KIND = 'callback_log';
/** One order's log prefix; the orderId's length keeps `A` and `A:1` apart. */
const logPrefix = (appId: number, orderId: string) => `${appId}:${orderId.length}:${orderId}:`;

/** How long callbacks are held when `reorderCallbacks` is on. */
const REORDER_WINDOW_MS = 30;

export class CallbackDispatcher {
  readonly #o: DispatcherOptions;
  readonly #log = new Map<string, DeliveryAttempt[]>();
  readonly #timers = new Set<NodeJS.Timeout>();
  readonly #aborts = new Set<AbortController>();
  #inFlight = 0;
  #held: Array<() => void> = [];
  #idleWaiters: Array<() => void> = [];
  #stopped = false;
  /** Bumped by cancel(): a delivery started in an older generation is dropped when it returns. */
  #generation = 0;

  constructor(options: DispatcherOptions) {
    this.#o = options;
  }

  log(appId: number, orderId: string): DeliveryAttempt[] {
    const store = this.#o.store;
    if (store) return store.list<DeliveryAttempt>(LOG_KIND, logPrefix(appId, orderId));
    return [...(this.#log.get(`${appId}:${orderId}`) ?? [])];
  }

  clearLog(): void {
    this.#log.clear();
    if (this.#o.store) {
      this.#o.store.clearKind(LOG_KIND);
      this.#o.store.flush();
    }
  }

  /** Queues a callback; signs it now (body is frozen at the final transition). */
  enqueue(job: CallbackJob): void {
    if (this.#stopped) return;
    const signed = job.signer.signed(job.body);
    const copies = this.#o.faults.duplicateCallbacks ? 2 : 1;
    for (let i = 0; i < copies; i++) {
      const start = () => this.#attempt(job, signed, 1);
      if (this.#o.faults.reorderCallbacks) this.#hold(start);
      else this.#schedule(start, 0);
    }
  }

  #hold(start: () => void): void {
    this.#held.push(start);
    if (this.#held.length === 1) {
      this.#schedule(() => {
        const batch = this.#held.reverse();
        this.#held = [];
        for (const fn of batch) fn();
      }, REORDER_WINDOW_MS);
    }
  }

  #schedule(fn: () => void, delayMs: number): void {
    this.#inFlight++;
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      this.#inFlight--;
      fn();
      this.#checkIdle();
    }, delayMs);
    this.#timers.add(timer);
  }

  #record(job: CallbackJob, attempt: DeliveryAttempt): void {
    const store = this.#o.store;
    if (store) {
      const prefix = logPrefix(job.appId, job.orderId);
      const n = store.list(LOG_KIND, prefix).length + 1;
      store.put(LOG_KIND, `${prefix}${String(n).padStart(6, '0')}`, attempt);
      store.flush();
      return;
    }
    const key = `${job.appId}:${job.orderId}`;
    const list = this.#log.get(key) ?? [];
    list.push(attempt);
    this.#log.set(key, list);
  }

  async #attempt(job: CallbackJob, body: Record<string, unknown>, attempt: number): Promise<void> {
    if (this.#stopped) return;
    const generation = this.#generation;
    this.#inFlight++;
    const abort = new AbortController();
    this.#aborts.add(abort);
    const timeout = setTimeout(() => abort.abort(), this.#o.timeoutMs);
    const row: DeliveryAttempt = {
      event: String(body['event']),
      url: job.url,
      attempt,
      time: new Date().toISOString(),
      ok: false,
    };
    try {
      const res = await fetch(job.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: abort.signal,
      });
      const text = await res.text();
      row.httpStatus = res.status;
      row.response = text.slice(0, 200);
      row.ok = res.status === 200 && text.trim() === 'SUCCESS';
    } catch (err) {
      row.error = err instanceof Error ? err.message : String(err);
    } finally {
      clearTimeout(timeout);
      this.#aborts.delete(abort);
    }
    if (this.#stopped || generation !== this.#generation) {
      this.#inFlight--;
      this.#checkIdle();
      return;
    }
    this.#record(job, row);
    const delay = this.#o.retryDelaysMs[attempt - 1];
    if (!row.ok && delay !== undefined) {
      this.#schedule(() => void this.#attempt(job, body, attempt + 1), delay);
    }
    this.#inFlight--;
    this.#checkIdle();
  }

  #checkIdle(): void {
    if (this.#inFlight > 0) return;
    const waiters = this.#idleWaiters;
    this.#idleWaiters = [];
    for (const w of waiters) w();
  }

  /** Resolves when no delivery is running or scheduled (retries included). */
  idle(): Promise<void> {
    if (this.#inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /** Drops every scheduled delivery and retry and aborts running ones (sandbox reset). */
  cancel(): void {
    this.#generation++;
    for (const t of this.#timers) clearTimeout(t);
    this.#inFlight -= this.#timers.size;
    this.#timers.clear();
    this.#held = [];
    for (const a of this.#aborts) a.abort();
    this.#checkIdle();
  }

  stop(): void {
    this.#stopped = true;
    this.cancel();
  }
}
