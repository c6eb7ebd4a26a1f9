import type { Country } from '../countries.js';
import { alreadyFinal, illegal, notFound } from '../errors.js';
import { type FeeSchedule, feeFor, grossForNet } from '../fees.js';
import { formatAmount } from '../money.js';
import { digest } from '../prng.js';
import { qrPayload } from '../qr-payload.js';
import type { Store } from '../store/index.js';
import { localDate } from '../time.js';
import type { PaymentInput, PayoutInput, RefundInput } from '../validation/requests.js';
import { nextSeq, reference } from './counters.js';
import { appPrefix, KIND, orderKey } from './keys.js';
import { entries, getBalance, move, post } from './ledger.js';
import { adjustSettlement, duplicateEntries, shiftEntries } from './reconciliation-quirks.js';
import { settle, settlements } from './settlement.js';
import type {
  Balance,
  LedgerEntry,
  OrderQuirks,
  PaymentRecord,
  PaymentStatus,
  PayoutRecord,
  SettlementRecord,
} from './types.js';

/** What the state tells the outside world (callbacks, automation). */
export interface StateHooks {
  paymentCreated?(payment: PaymentRecord): void;
  paymentFinal?(payment: PaymentRecord): void;
  payoutSubmitted?(payout: PayoutRecord): void;
  payoutFinal?(payout: PayoutRecord): void;
}

export interface StateOptions {
  store: Store;
  /** Country of each appId. */
  countries: Map<number, Country>;
  fees: FeeSchedule;
  now: () => number;
  seed: string;
  /** Base URL for payUrl links. */
  baseUrl: () => string;
  hooks: StateHooks;
}

const NOT_FINAL: readonly PaymentStatus[] = [0, 1, 4, 5, -1];

/**
 * The order state machine and money movements (protocol §6, §8). Every method is
 * synchronous and flushes the store once at the end, so each operation is atomic.
 */
export class SandboxState {
  readonly #o: StateOptions;

  constructor(options: StateOptions) {
    this.#o = options;
  }

  get store(): Store {
    return this.#o.store;
  }

  country(appId: number): Country {
    const c = this.#o.countries.get(appId);
    if (!c) throw illegal('appId');
    return c;
  }

  #commit<T>(fn: () => T): T {
    const result = fn();
    this.#o.store.flush();
    return result;
  }

  // ---- payments -------------------------------------------------------------

  createPayment(appId: number, input: PaymentInput): PaymentRecord {
    const { store } = this.#o;
    const country = this.country(appId);
    if (store.get(KIND.payment, orderKey(appId, input.orderId))) {
      throw illegal('orderId duplicate');
    }
    return this.#commit(() => {
      const seq = nextSeq(store, appId, 'payment');
      const orderNo = reference('P', appId, seq);
      const token = digest('pay', this.#o.seed, String(appId), input.orderId).slice(0, 32);
      // the request's fields but the wire amount, in their order, then the gateway's
      // (a copy loop: object rest destructuring is a slow runtime call in V8)
      const payment = {} as PaymentRecord;
      const fields = payment as unknown as Record<string, unknown>;
      for (const key of Object.keys(input)) {
        if (key !== 'wireAmount') fields[key] = input[key as keyof PaymentInput];
      }
      payment.appId = appId;
      payment.orderNo = orderNo;
      payment.token = token;
      payment.status = 0;
      payment.fee = 0n;
      payment.createdAt = this.#o.now();
      payment.refundedAmount = 0n;
      payment.refunds = [];
      if (input.payType === 'VA') payment.bankNo = `88${appId}${String(seq).padStart(10, '0')}`;
      if (input.payType === 'QR') {
        payment.qrCode = qrPayload({
          country,
          merchantName: `OTGPAY SANDBOX ${appId}`,
          orderNo,
          wireAmount: input.wireAmount,
        });
      }
      store.put(KIND.payment, orderKey(appId, input.orderId), payment);
      store.put(KIND.token, token, { appId, orderId: input.orderId });
      this.#o.hooks.paymentCreated?.(payment);
      return payment;
    });
  }

  payUrl(payment: PaymentRecord): string {
    return `${this.#o.baseUrl()}/pay/${payment.token}`;
  }

  getPayment(appId: number, orderId: string): PaymentRecord {
    const p = this.#o.store.get<PaymentRecord>(KIND.payment, orderKey(appId, orderId));
    if (!p) throw notFound();
    return p;
  }

  paymentByToken(token: string): PaymentRecord | undefined {
    const ref = this.#o.store.get<{ appId: number; orderId: string }>(KIND.token, token);
    return ref
      ? this.#o.store.get<PaymentRecord>(KIND.payment, orderKey(ref.appId, ref.orderId))
      : undefined;
  }

  /**
   * Moves a non-final payment to `status`. 2 books PAYMENT +paid and FEE -fee into
   * pending; 2 and 3 are final and fire the hook (callback).
   */
  setPaymentOutcome(
    appId: number,
    orderId: string,
    status: PaymentStatus,
    paidAmount?: bigint,
  ): PaymentRecord {
    const { store } = this.#o;
    const payment = this.getPayment(appId, orderId);
    if (!NOT_FINAL.includes(payment.status)) throw alreadyFinal();
    if (paidAmount !== undefined && paidAmount <= 0n) throw illegal('paidAmount');
    const country = this.country(appId);
    return this.#commit(() => {
      const now = this.#o.now();
      payment.status = status;
      if (status === 2) {
        const paid = paidAmount ?? payment.paidAmount ?? payment.amount;
        payment.paidAmount = paid;
        payment.fee = payment.quirks?.fee ?? feeFor(paid, this.#o.fees.paymentBps);
        payment.payTime = now;
      }
      if (status === 2 && !payment.quirks?.unbooked) {
        const paid = payment.paidAmount ?? payment.amount;
        post(store, country, appId, {
          type: 'PAYMENT',
          amount: paid,
          orderId,
          bucket: 'pending',
          time: now,
        });
        if (payment.fee > 0n) {
          post(store, country, appId, {
            type: 'FEE',
            amount: -payment.fee,
            orderId,
            bucket: 'pending',
            time: now,
          });
        }
      } else if (status === 4) {
        payment.paidAmount = paidAmount ?? payment.amount / 2n;
      } else if (status === 5) {
        payment.paidAmount = paidAmount ?? payment.amount + payment.amount / 10n;
      } else if (status === 3) {
        payment.payTime = now;
      }
      store.put(KIND.payment, orderKey(appId, orderId), payment);
      if (status === 2 || status === 3) this.#o.hooks.paymentFinal?.(payment);
      return payment;
    });
  }

  refund(appId: number, orderId: string, input: RefundInput) {
    const { store } = this.#o;
    const payment = this.getPayment(appId, orderId);
    if (payment.status === 3) throw alreadyFinal();
    if (payment.status !== 2) throw illegal('order not paid');
    if (store.get(KIND.refundId, orderKey(appId, input.refundId))) {
      throw illegal('refundId duplicate');
    }
    const paid = payment.paidAmount ?? payment.amount;
    if (input.amount > paid - payment.refundedAmount) throw illegal('amount');
    const country = this.country(appId);
    return this.#commit(() => {
      const now = this.#o.now();
      const seq = nextSeq(store, appId, 'refund');
      const refund = {
        refundId: input.refundId,
        refundNo: reference('R', appId, seq),
        amount: input.amount,
        status: 2 as const,
        time: now,
        ...(input.reason === undefined ? {} : { reason: input.reason }),
      };
      payment.refunds.push(refund);
      payment.refundedAmount += input.amount;
      store.put(KIND.payment, orderKey(appId, orderId), payment);
      store.put(KIND.refundId, orderKey(appId, input.refundId), { orderId });
      post(store, country, appId, {
        type: 'REFUND',
        amount: -input.amount,
        orderId,
        bucket: 'pending',
        time: now,
      });
      return { payment, refund };
    });
  }

  /** Sets reconciliation quirks on a payment that is not final yet. */
  setPaymentQuirks(appId: number, orderId: string, quirks: OrderQuirks): PaymentRecord {
    const payment = this.getPayment(appId, orderId);
    if (!NOT_FINAL.includes(payment.status)) throw alreadyFinal();
    return this.#commit(() => {
      payment.quirks = { ...payment.quirks, ...quirks };
      this.#o.store.put(KIND.payment, orderKey(appId, orderId), payment);
      return payment;
    });
  }

  /** Sets reconciliation quirks (`loseCallback`) on a payout that is not final yet. */
  setPayoutQuirks(appId: number, orderId: string, quirks: OrderQuirks): PayoutRecord {
    const payout = this.getPayout(appId, orderId);
    if (payout.status !== 1) throw alreadyFinal();
    return this.#commit(() => {
      payout.quirks = { ...payout.quirks, ...quirks };
      this.#o.store.put(KIND.payout, orderKey(appId, orderId), payout);
      return payout;
    });
  }

  /** Books a paid payment's PAYMENT and FEE entries (or its last REFUND) a second time. */
  duplicateEntries(appId: number, orderId: string, type: 'PAYMENT' | 'REFUND'): LedgerEntry[] {
    const payment = this.getPayment(appId, orderId);
    if (payment.status !== 2) throw illegal('order not paid');
    const country = this.country(appId);
    return this.#commit(() =>
      duplicateEntries(this.#o.store, country, appId, orderId, type, this.#o.now()),
    );
  }

  /** Moves a payment's times and its unsettled ledger entries by `deltaMs`. */
  shiftPaymentTime(appId: number, orderId: string, deltaMs: number): PaymentRecord {
    const payment = this.getPayment(appId, orderId);
    const country = this.country(appId);
    return this.#commit(() => {
      shiftEntries(this.#o.store, country, appId, orderId, deltaMs);
      payment.createdAt += deltaMs;
      if (payment.payTime !== undefined) payment.payTime += deltaMs;
      this.#o.store.put(KIND.payment, orderKey(appId, orderId), payment);
      return payment;
    });
  }

  /** A paid payment becomes failed without undoing its ledger entries and without a callback. */
  reversePayment(appId: number, orderId: string): PaymentRecord {
    const payment = this.getPayment(appId, orderId);
    if (payment.status !== 2) throw illegal('order not paid');
    return this.#commit(() => {
      payment.status = 3;
      this.#o.store.put(KIND.payment, orderKey(appId, orderId), payment);
      return payment;
    });
  }

  /** Overwrites a settlement record's totals (no money moves). */
  adjustSettlement(
    appId: number,
    settlementNo: string,
    change: { gross?: bigint; fee?: bigint; net?: bigint },
  ): SettlementRecord {
    return this.#commit(() => adjustSettlement(this.#o.store, appId, settlementNo, change));
  }

  // ---- payouts --------------------------------------------------------------

  /** Validates balance and id, freezes amount + fee, returns the record (status 1). */
  submitPayout(appId: number, input: PayoutInput, batchId?: string): PayoutRecord {
    const { store } = this.#o;
    if (store.get(KIND.payout, orderKey(appId, input.orderId))) throw illegal('orderId duplicate');
    const fee = feeFor(input.amount, this.#o.fees.payoutBps);
    if (getBalance(store, appId).available < input.amount + fee) {
      throw illegal('insufficient balance');
    }
    return this.#commit(() => {
      const seq = nextSeq(store, appId, 'payout');
      const payout: PayoutRecord = {
        ...input,
        appId,
        orderNo: reference('W', appId, seq),
        fee,
        status: 1,
        createdAt: this.#o.now(),
        ...(batchId === undefined ? {} : { batchId }),
      };
      move(store, appId, 'available', 'frozen', input.amount + fee);
      store.put(KIND.payout, orderKey(appId, input.orderId), payout);
      this.#o.hooks.payoutSubmitted?.(payout);
      return payout;
    });
  }

  getPayout(appId: number, orderId: string): PayoutRecord {
    const p = this.#o.store.get<PayoutRecord>(KIND.payout, orderKey(appId, orderId));
    if (!p) throw notFound();
    return p;
  }

  setPayoutOutcome(appId: number, orderId: string, status: 2 | 3, errorMsg?: string): PayoutRecord {
    const { store } = this.#o;
    const payout = this.getPayout(appId, orderId);
    if (payout.status !== 1) throw alreadyFinal();
    const country = this.country(appId);
    return this.#commit(() => {
      const now = this.#o.now();
      payout.status = status;
      payout.finishTime = now;
      if (status === 2) {
        post(store, country, appId, {
          type: 'PAYOUT',
          amount: -payout.amount,
          orderId,
          bucket: 'frozen',
          time: now,
        });
        if (payout.fee > 0n) {
          post(store, country, appId, {
            type: 'FEE',
            amount: -payout.fee,
            orderId,
            bucket: 'frozen',
            time: now,
          });
        }
      } else {
        payout.errorMsg = errorMsg ?? 'payout failed';
        move(store, appId, 'frozen', 'available', payout.amount + payout.fee);
      }
      store.put(KIND.payout, orderKey(appId, orderId), payout);
      this.#o.hooks.payoutFinal?.(payout);
      return payout;
    });
  }

  batchExists(appId: number, batchId: string): boolean {
    return this.#o.store.get(KIND.batch, orderKey(appId, batchId)) !== undefined;
  }

  recordBatch(appId: number, batchId: string, orderIds: string[]): void {
    this.#commit(() =>
      this.#o.store.put(KIND.batch, orderKey(appId, batchId), { batchId, orderIds }),
    );
  }

  // ---- balance, statement, settlement ---------------------------------------

  balance(appId: number): Balance {
    return getBalance(this.#o.store, appId);
  }

  entries(appId: number): LedgerEntry[] {
    return entries(this.#o.store, appId);
  }

  settlements(appId: number): SettlementRecord[] {
    return settlements(this.#o.store, appId);
  }

  /**
   * The daily T+1 run, done lazily: settles every day before today (in the merchant's
   * country time) that still has unsettled entries. Cheap when there is nothing to do.
   */
  settleDue(appId: number, offsetMinutes: number): SettlementRecord[] {
    const today = localDate(this.#o.now(), offsetMinutes);
    const due = entries(this.#o.store, appId).some(
      (e) => e.bucket === 'pending' && e.settlementNo === undefined && e.date < today,
    );
    if (!due) return [];
    return this.#commit(() => settle(this.#o.store, appId, this.#o.now(), { before: today }));
  }

  settle(appId: number, date?: string): SettlementRecord[] {
    return this.#commit(() =>
      settle(this.#o.store, appId, this.#o.now(), date === undefined ? {} : { date }),
    );
  }

  /**
   * Adds exactly `net` to `available` the normal way: a paid BANK_TRANSFER payment
   * grossed up for the fee, then settled on its own.
   */
  fund(appId: number, net: bigint): PaymentRecord {
    if (net <= 0n) throw illegal('amount');
    const country = this.country(appId);
    const gross = grossForNet(net, this.#o.fees.paymentBps);
    const seq = nextSeq(this.#o.store, appId, 'fund');
    const orderId = `sbx-fund-${seq}`;
    this.createPayment(appId, {
      orderId,
      amount: gross,
      wireAmount: formatAmount(gross, country),
      payType: 'BANK_TRANSFER',
      inBankCode: 'SANDBOX',
      name: 'Sandbox Funding',
      phone:
        country.code === 'ID' ? '0800000000' : country.code === 'TH' ? '0800000000' : '03000000000',
      email: 'fund@sandbox.invalid',
      subject: 'sandbox funding',
    });
    const payment = this.setPaymentOutcome(appId, orderId, 2);
    this.#commit(() =>
      settle(this.#o.store, appId, this.#o.now(), { only: (e) => e.orderId === orderId }),
    );
    return payment;
  }

  listPayments(appId: number): PaymentRecord[] {
    return this.#o.store.list<PaymentRecord>(KIND.payment, appPrefix(appId));
  }

  listPayouts(appId: number): PayoutRecord[] {
    return this.#o.store.list<PayoutRecord>(KIND.payout, appPrefix(appId));
  }

  reset(): void {
    this.#commit(() => this.#o.store.clear());
  }
}
