import * as views from '../api/views.js';
import type { CallbackDispatcher, DeliveryAttempt } from '../callbacks.js';
import { type CountryCode, isCountryCode } from '../countries.js';
import { ERROR, ProtocolError } from '../errors.js';
import type { FaultConfig, Faults, InjectedCounts } from '../faults.js';
import { sanitize } from '../faults.js';
import type { Merchant } from '../merchants.js';
import { formatAmount, parseAmount } from '../money.js';
import type { SandboxState } from '../state/state.js';
import type { PaymentStatus } from '../state/types.js';
import { isDate } from '../time.js';

/** A refusal of the control API (HTTP status + message). */
export class ControlError extends Error {
  /**
   * The HTTP status the control API answers with: 400 (bad input or a refused transition),
   * 404 (no such merchant or order), 409 (the order is already final).
   */
  readonly httpStatus: number;
  /**
   * @param httpStatus - 400, 404 or 409, see {@link ControlError.httpStatus}
   * @param message - what was refused; for protocol refusals it starts with the OTGPAY code
   */
  constructor(httpStatus: number, message: string) {
    super(message);
    this.name = 'ControlError';
    this.httpStatus = httpStatus;
  }
}

/** A merchant named by appId or by country code. */
export type MerchantRef = number | CountryCode;

type Data = Record<string, unknown>;

export interface ControlDeps {
  state: SandboxState;
  faults: Faults;
  callbacks: CallbackDispatcher;
  merchants: Record<CountryCode, Merchant>;
  onReset(): void;
}

const PAYMENT_STATUSES: readonly number[] = [1, 2, 3, 4, 5, -1];

function translate<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof ProtocolError) {
      const status =
        err.code === ERROR.ORDER_NOT_EXIST ? 404 : err.code === ERROR.ORDER_FINAL ? 409 : 400;
      throw new ControlError(status, `${err.code} ${err.message}`);
    }
    throw err;
  }
}

/**
 * The sandbox's control surface (also served as JSON under `/__sandbox/`). Amounts
 * are wire strings of the merchant's currency (or bigint minor units).
 *
 * What a test author controls with it: the outcome of any payment or payout (so no payer
 * needs to click), settlement on demand, the merchant's balance (`fund`), injected faults
 * ({@link FaultConfig}: busy answers, commits followed by `1003` or a dropped socket,
 * tampered or unsigned answers, flipped bytes, duplicated or reordered callbacks), the
 * reconciliation quirks (lost callbacks, wrong fees, unbooked or reversed payments, foreign
 * orders), and a full `reset`. It also reads the state back: orders, balance, the callback
 * delivery log. Every method names the merchant by country code (`'ID'`) or appId (`1054`)
 * and throws {@link ControlError} on a refusal. Results are the wire views (OTGPAY field
 * names, decimal-string amounts).
 *
 * @example
 * ```ts
 * const sandbox = await startSandbox({ callbackRetryDelaysMs: [10, 20] });
 * // … create charge `order-1` through paymux against sandbox.url …
 * sandbox.control.pay('ID', 'order-1'); // the payer pays: status 2, callback sent
 * await sandbox.control.callbacksIdle();
 * const [first] = sandbox.control.callbacks('ID', 'order-1');
 * // first.ok: your endpoint answered 200 SUCCESS
 *
 * sandbox.control.setFaults({ commitThen1003: 1, paths: ['/api/payout/submit'] });
 * // the next payout commits, then answers 1003: the SDK must query, not resend
 * ```
 */
export class SandboxControl {
  readonly #d: ControlDeps;

  /** Built by {@link startSandbox}; use `sandbox.control`. */
  constructor(deps: ControlDeps) {
    this.#d = deps;
  }

  /**
   * The sandbox's view of one merchant: its country rules, credentials and the platform
   * signer. Tests usually want `sandbox.merchants[country]` instead.
   *
   * @throws ControlError 404 for an unknown appId
   */
  merchant(ref: MerchantRef): Merchant {
    if (isCountryCode(ref)) return this.#d.merchants[ref];
    const found = Object.values(this.#d.merchants).find((m) => m.credentials.appId === Number(ref));
    if (!found) throw new ControlError(404, `unknown merchant ${String(ref)}`);
    return found;
  }

  #amount(m: Merchant, value: string | bigint, field: string): bigint {
    const minor = typeof value === 'bigint' ? value : parseAmount(value, m.country);
    if (minor === undefined || minor <= 0n) throw new ControlError(400, `invalid ${field}`);
    return minor;
  }

  /** The fault configuration in force (a copy). */
  getFaults(): FaultConfig {
    return this.#d.faults.get();
  }

  /**
   * Merges `config` into the fault configuration (fields not given keep their value) and
   * returns the result: check it, since a value that is not valid (a rate outside 0..1, a
   * negative or fractional count) is dropped, not applied. Counters (`commitThen1003: 2`) are
   * consumed by the writes that commit.
   *
   * @throws ControlError 400 when `config` is not an object
   */
  setFaults(config: FaultConfig): FaultConfig {
    try {
      return this.#d.faults.set(sanitize(config));
    } catch (err) {
      throw new ControlError(400, (err as Error).message);
    }
  }

  /** Faults injected since the last clear/reset, by kind (for test figures). */
  injectedFaults(): InjectedCounts {
    return this.#d.faults.injected();
  }

  /** Removes every fault and zeroes the {@link SandboxControl.injectedFaults} counts. */
  clearFaults(): void {
    this.#d.faults.clear();
  }

  /** Forces a payment outcome (fires the callback when it becomes final). */
  paymentOutcome(
    ref: MerchantRef,
    orderId: string,
    outcome: { status: PaymentStatus; paidAmount?: string | bigint },
  ): Data {
    const m = this.merchant(ref);
    if (!PAYMENT_STATUSES.includes(outcome.status)) throw new ControlError(400, 'invalid status');
    const paid =
      outcome.paidAmount === undefined
        ? undefined
        : this.#amount(m, outcome.paidAmount, 'paidAmount');
    const p = translate(() =>
      this.#d.state.setPaymentOutcome(m.credentials.appId, orderId, outcome.status, paid),
    );
    return views.payment(p, m.country);
  }

  /** Marks a payment paid (status 2), as the hosted page's Pay button does. */
  pay(ref: MerchantRef, orderId: string): Data {
    return this.paymentOutcome(ref, orderId, { status: 2 });
  }

  /**
   * Finishes a processing payout: 2 succeeded, 3 failed (with `errorMsg`, default
   * `payout failed`). Books the ledger (§8) and sends the signed callback to its `notifyUrl`.
   * Returns the payout's wire view. Use with `payoutCompletion: 'manual'`.
   *
   * @throws ControlError 404 unknown order, 409 already final, 400 invalid status
   */
  payoutOutcome(
    ref: MerchantRef,
    orderId: string,
    outcome: { status: 2 | 3; errorMsg?: string },
  ): Data {
    const m = this.merchant(ref);
    if (outcome.status !== 2 && outcome.status !== 3) throw new ControlError(400, 'invalid status');
    const p = translate(() =>
      this.#d.state.setPayoutOutcome(
        m.credentials.appId,
        orderId,
        outcome.status,
        outcome.errorMsg,
      ),
    );
    return views.payout(p, m.country);
  }

  /** Runs settlement now, for one merchant (or all) and one day (or every unsettled day). */
  settle(options: { appId?: MerchantRef; date?: string } = {}): Data[] {
    if (options.date !== undefined && !isDate(options.date))
      throw new ControlError(400, 'invalid date');
    const targets =
      options.appId === undefined
        ? Object.values(this.#d.merchants)
        : [this.merchant(options.appId)];
    return targets.flatMap((m) =>
      this.#d.state
        .settle(m.credentials.appId, options.date)
        .map((s) => ({ appId: m.credentials.appId, ...views.settlement(s, m.country) })),
    );
  }

  /** Adds exactly `amount` to `available` through a paid and settled payment. */
  fund(ref: MerchantRef, amount: string | bigint): Data {
    const m = this.merchant(ref);
    const minor = this.#amount(m, amount, 'amount');
    const p = translate(() => this.#d.state.fund(m.credentials.appId, minor));
    return {
      orderId: p.orderId,
      ...views.balance(this.#d.state.balance(m.credentials.appId), m.country),
    };
  }

  /** The merchant's balance as `/api/balance` answers it: `{ currency, available, pending, frozen }`, decimal strings. */
  balance(ref: MerchantRef): Data {
    const m = this.merchant(ref);
    return views.balance(this.#d.state.balance(m.credentials.appId), m.country);
  }

  /**
   * Every callback delivery attempt for one order, oldest first (empty before the order is
   * final or when it has no `notifyUrl`). Await {@link SandboxControl.callbacksIdle} first to
   * see deliveries still in flight.
   */
  callbacks(ref: MerchantRef, orderId: string): DeliveryAttempt[] {
    return this.#d.callbacks.log(this.merchant(ref).credentials.appId, orderId);
  }

  /** Resolves once no callback delivery is running or waiting for a retry. */
  callbacksIdle(): Promise<void> {
    return this.#d.callbacks.idle();
  }

  /**
   * Every order of the merchant as the query endpoints show them. Includes the `sbx-fund-N`
   * payments made by {@link SandboxControl.fund}: filter on your own orderIds when counting.
   */
  orders(ref: MerchantRef): {
    /** Payments as `GET /api/payment/{id}` shows them, each with its hosted `payUrl`. */
    payments: Data[];
    /** Payouts as `GET /api/payout/{id}` shows them. */
    payouts: Data[];
  } {
    const m = this.merchant(ref);
    const appId = m.credentials.appId;
    return {
      payments: this.#d.state.listPayments(appId).map((p) => ({
        ...views.payment(p, m.country),
        payUrl: this.#d.state.payUrl(p),
      })),
      payouts: this.#d.state.listPayouts(appId).map((p) => views.payout(p, m.country)),
    };
  }

  // ---- reconciliation: produce each category on purpose ----------------------

  /**
   * Quirks of a payment that is not final yet: `loseCallback` (its final callback is never
   * sent), `fee` (charged instead of the schedule's), `unbooked` (its success never reaches
   * the ledger, so it is never settled).
   */
  paymentQuirks(
    ref: MerchantRef,
    orderId: string,
    quirks: { loseCallback?: boolean; fee?: string | bigint; unbooked?: boolean },
  ): Data {
    const m = this.merchant(ref);
    const fee =
      quirks.fee === undefined
        ? undefined
        : typeof quirks.fee === 'bigint'
          ? quirks.fee
          : parseAmount(quirks.fee, m.country);
    if (quirks.fee !== undefined && (fee === undefined || fee < 0n)) {
      throw new ControlError(400, 'invalid fee');
    }
    const p = translate(() =>
      this.#d.state.setPaymentQuirks(m.credentials.appId, orderId, {
        ...(quirks.loseCallback === undefined ? {} : { loseCallback: quirks.loseCallback }),
        ...(fee === undefined ? {} : { fee }),
        ...(quirks.unbooked === undefined ? {} : { unbooked: quirks.unbooked }),
      }),
    );
    return views.payment(p, m.country);
  }

  /** A payout that is not final yet loses its final callback. */
  payoutQuirks(ref: MerchantRef, orderId: string, quirks: { loseCallback?: boolean }): Data {
    const m = this.merchant(ref);
    const p = translate(() =>
      this.#d.state.setPayoutQuirks(m.credentials.appId, orderId, {
        loseCallback: quirks.loseCallback === true,
      }),
    );
    return views.payout(p, m.country);
  }

  /**
   * Books a paid payment's PAYMENT + FEE entries (settled twice, `duplicate`) or its last
   * REFUND entry (`refund_mismatch`) a second time.
   */
  duplicateEntries(ref: MerchantRef, orderId: string, type: 'PAYMENT' | 'REFUND'): Data[] {
    const m = this.merchant(ref);
    if (type !== 'PAYMENT' && type !== 'REFUND') throw new ControlError(400, 'invalid type');
    const booked = translate(() =>
      this.#d.state.duplicateEntries(m.credentials.appId, orderId, type),
    );
    return booked.map((e) => views.entry(e, m.country));
  }

  /** Shifts a payment's times and unsettled ledger entries, e.g. across midnight. */
  shiftPayment(ref: MerchantRef, orderId: string, deltaMs: number): Data {
    const m = this.merchant(ref);
    if (!Number.isSafeInteger(deltaMs)) throw new ControlError(400, 'invalid deltaMs');
    const p = translate(() =>
      this.#d.state.shiftPaymentTime(m.credentials.appId, orderId, deltaMs),
    );
    return views.payment(p, m.country);
  }

  /** A paid payment turns failed, its ledger entries kept, no callback (`settled_not_succeeded`). */
  reversePayment(ref: MerchantRef, orderId: string): Data {
    const m = this.merchant(ref);
    const p = translate(() => this.#d.state.reversePayment(m.credentials.appId, orderId));
    return views.payment(p, m.country);
  }

  /**
   * A payment the merchant never made: created straight in the gateway (no callback URL)
   * and, unless `status` says otherwise, paid.
   */
  foreignPayment(
    ref: MerchantRef,
    input: { orderId: string; amount: string | bigint; status?: PaymentStatus },
  ): Data {
    const m = this.merchant(ref);
    if (typeof input.orderId !== 'string' || !/^[A-Za-z0-9_.:-]{1,48}$/.test(input.orderId)) {
      throw new ControlError(400, 'invalid orderId');
    }
    const amount = this.#amount(m, input.amount, 'amount');
    const status = input.status ?? 2;
    if (!PAYMENT_STATUSES.includes(status)) throw new ControlError(400, 'invalid status');
    const appId = m.credentials.appId;
    translate(() =>
      this.#d.state.createPayment(appId, {
        orderId: input.orderId,
        amount,
        wireAmount: formatAmount(amount, m.country),
        payType: 'BANK_TRANSFER',
        inBankCode: 'SANDBOX',
        name: 'Unknown Payer',
        phone: m.country.code === 'PK' ? '03000000000' : '0800000000',
        email: 'unknown@sandbox.invalid',
      }),
    );
    const p = translate(() => this.#d.state.setPaymentOutcome(appId, input.orderId, status));
    return views.payment(p, m.country);
  }

  /** Overwrites a settlement record's gross, fee or net (`settlement_total_mismatch`). */
  adjustSettlement(
    ref: MerchantRef,
    settlementNo: string,
    change: { gross?: string | bigint; fee?: string | bigint; net?: string | bigint },
  ): Data {
    const m = this.merchant(ref);
    const parsed: { gross?: bigint; fee?: bigint; net?: bigint } = {};
    for (const field of ['gross', 'fee', 'net'] as const) {
      const value = change[field];
      if (value === undefined) continue;
      const minor = typeof value === 'bigint' ? value : parseAmount(value, m.country);
      if (minor === undefined) throw new ControlError(400, `invalid ${field}`);
      parsed[field] = minor;
    }
    const s = translate(() =>
      this.#d.state.adjustSettlement(m.credentials.appId, settlementNo, parsed),
    );
    return views.settlement(s, m.country);
  }

  /** Clears every order, balance, ledger entry, settlement, callback log and fault. */
  reset(): void {
    this.#d.onReset();
  }
}
