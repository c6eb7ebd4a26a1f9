import { EventEmitter } from 'eventemitter3';
import type { PaymuxEventMap } from './event-map.js';

type Listener<E extends keyof PaymuxEventMap> = (...args: PaymuxEventMap[E]) => void;

/**
 * The typed emitter behind `paymux.on/off/once`. A throwing listener never breaks a
 * payment: each listener is registered through a wrapper that swallows its failure
 * (`off` with the original listener still removes it).
 */
export class PaymuxEmitter extends EventEmitter<PaymuxEventMap> {
  readonly #safe = new WeakMap<object, object>();

  #wrap<E extends keyof PaymuxEventMap>(listener: Listener<E>): Listener<E> {
    const existing = this.#safe.get(listener);
    if (existing) return existing as Listener<E>;
    const safe: Listener<E> = (...args) => {
      try {
        listener(...args);
      } catch {
        // A listener's own failure must not change the outcome of the operation.
      }
    };
    this.#safe.set(listener, safe);
    return safe;
  }

  /** Adds `listener` for `event`; an exception it throws is swallowed. */
  override on<E extends keyof PaymuxEventMap>(event: E, listener: Listener<E>): this {
    return super.on(event, this.#wrap(listener) as never);
  }

  /** Same as `on`. */
  override addListener<E extends keyof PaymuxEventMap>(event: E, listener: Listener<E>): this {
    return this.on(event, listener);
  }

  /** Adds `listener` for the next `event` only; an exception it throws is swallowed. */
  override once<E extends keyof PaymuxEventMap>(event: E, listener: Listener<E>): this {
    return super.once(event, this.#wrap(listener) as never);
  }

  /**
   * Removes `listener` (the one passed to `on`/`once`, the wrapper is found for it); without a
   * listener, removes every listener of `event`.
   */
  override off<E extends keyof PaymuxEventMap>(event: E, listener?: Listener<E>): this {
    const safe = listener ? this.#safe.get(listener) : undefined;
    return super.off(event, (safe ?? listener) as never);
  }

  /** Same as `off`. */
  override removeListener<E extends keyof PaymuxEventMap>(event: E, listener?: Listener<E>): this {
    return this.off(event, listener);
  }
}
