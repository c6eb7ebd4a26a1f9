import { ProtocolError } from './errors.js';
import { magicPayment, magicPayoutFails } from './magic.js';
import { formatAmount } from './money.js';
import type { SandboxState } from './state/state.js';
import type { PaymentRecord, PayoutRecord } from './state/types.js';

/**
 * Outcomes the sandbox decides on its own, after a delay: magic payment amounts, and
 * payouts when `payoutCompletion` is 'auto'. Timers die with `stop()`.
 */

export interface AutomationOptions {
  payoutCompletion: 'auto' | 'manual';
  payoutDelayMs: number;
  /** Delay before a magic-amount payment is paid/failed. */
  magicDelayMs: number;
  log(message: string, err?: unknown): void;
}

export class Automation {
  readonly #o: AutomationOptions;
  readonly #timers = new Set<NodeJS.Timeout>();
  #state: SandboxState | undefined;

  constructor(options: AutomationOptions) {
    this.#o = options;
  }

  attach(state: SandboxState): void {
    this.#state = state;
  }

  #later(ms: number, fn: (state: SandboxState) => void): void {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      if (!this.#state) return;
      try {
        fn(this.#state);
      } catch (err) {
        // the order may have been finalised meanwhile by the control API
        if (!(err instanceof ProtocolError)) this.#o.log('automation failed', err);
      }
    }, ms);
    this.#timers.add(timer);
  }

  paymentCreated(payment: PaymentRecord, wireAmount: string): void {
    const magic = magicPayment(wireAmount);
    if (!magic) return;
    const { appId, orderId } = payment;
    this.#later(this.#o.magicDelayMs, (s) =>
      s.setPaymentOutcome(appId, orderId, magic === 'pay' ? 2 : 3),
    );
  }

  payoutSubmitted(payout: PayoutRecord): void {
    if (this.#o.payoutCompletion !== 'auto') return;
    const { appId, orderId, accountNo } = payout;
    this.#later(this.#o.payoutDelayMs, (s) =>
      magicPayoutFails(accountNo)
        ? s.setPayoutOutcome(appId, orderId, 3, 'account not found')
        : s.setPayoutOutcome(appId, orderId, 2),
    );
  }

  /** Re-arms timers for orders left open by a previous run (persistent store). */
  resume(state: SandboxState, appIds: number[]): void {
    for (const appId of appIds) {
      const country = state.country(appId);
      for (const p of state.listPayments(appId)) {
        if (p.status === 0) this.paymentCreated(p, formatAmount(p.amount, country));
      }
      for (const p of state.listPayouts(appId)) if (p.status === 1) this.payoutSubmitted(p);
    }
  }

  cancelAll(): void {
    for (const t of this.#timers) clearTimeout(t);
    this.#timers.clear();
  }
}
