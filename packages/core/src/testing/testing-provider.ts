import type {
  Balance,
  Charge,
  CreateChargeInput,
  CreatePayoutInput,
  CreateRefundInput,
  GetBalanceInput,
  GetChargeInput,
  GetPayoutInput,
  ListRangeInput,
  Money,
  Normalized,
  NormalizedPayoutBatch,
  OperationContext,
  Payout,
  PayoutBatchItemResult,
  PayoutBatchResult,
  ProviderCapabilities,
  ReconciliationProfile,
  Refund,
  Settlement,
  StatementEntry,
  WebhookEvent,
  WebhookRequest,
} from '@paymux/core';
import {
  BaseProvider,
  InvalidStateError,
  NotFoundError,
  PAYMENT_METHOD_TYPES,
  PaymuxError,
  ProviderError,
  UnsupportedError,
  ValidationError,
} from '@paymux/core';
import { feeFor } from './fee.js';
import { Ledger } from './ledger.js';
import { assertDate, timeZoneOf } from './local-date.js';
import { MagicGate } from './magic-gate.js';
import { nextActionFor } from './next-action.js';
import { observed } from './observed.js';
import {
  DEFAULT_CHARGE_FEE_BPS,
  DEFAULT_PAYOUT_FEE_BPS,
  DEFAULT_TESTING_WEBHOOK_SECRET,
  type TestingProviderOptions,
} from './options.js';
import { pagedIterable, resolvePageSize } from './paged-iterable.js';
import { type ChargeRecord, chargeSnapshot, type PayoutRecord, payoutSnapshot } from './records.js';
import { ReferenceSequence } from './reference-sequence.js';
import { fromWebhookBody, toWebhookPayload } from './webhook-payload.js';
import {
  DEFAULT_SIGNATURE_TOLERANCE_SECONDS,
  type SignedWebhook,
  signTestingWebhook,
  verifyTestingWebhook,
} from './webhook-signature.js';

/** Test helpers that play the payer's and the provider's side. Each returns the webhook sent. */
export interface TestingSimulator {
  /** The payer pays the full amount: the charge succeeds. Returns the signed webhook. */
  pay(reference: string): SignedWebhook;
  /**
   * The payer pays `amount`: equal to the charge succeeds (webhook returned); less makes it
   * `partially_paid`, more `overpaid` — not final, so no webhook (`undefined`) and nothing
   * is booked in the ledger: such charges await manual review, as at a real provider.
   */
  pay(reference: string, amount: bigint): SignedWebhook | undefined;
  /** The charge expires or is declined: `failed`, with its webhook. */
  fail(reference: string, reason?: string): SignedWebhook;
  /** The payout finishes; `failed` returns its amount and fee to `available`. */
  completePayout(
    reference: string,
    outcome: 'succeeded' | 'failed',
    reason?: string,
  ): SignedWebhook;
}

/** The testing provider's outgoing webhooks: sign your own, or drain the automatic ones. */
export interface TestingWebhooks {
  /** Sign a webhook event with the provider's secret and clock, as the provider would send it. */
  sign(event: WebhookEvent): SignedWebhook;
  /** Webhooks of automatic transitions (`autoSucceed`, magic `…07`), oldest first; empties the queue. */
  drain(): SignedWebhook[];
}

const ALL_FEATURES = [
  'charge',
  'refund',
  'partial_refund',
  'payout',
  'payout_batch',
  'balance',
  'settlements',
  'statement',
  'webhooks',
] as const;

const MAX_BATCH_ITEMS = 500;

/**
 * A deterministic in-memory provider implementing the whole paymux contract, for tests,
 * demos and examples. References come from counters (`tp_ch_000001`), time from the
 * injectable `clock`, and failures from the magic values ({@link MAGIC_AMOUNT_SUFFIXES},
 * {@link MAGIC_REFERENCE_PREFIXES}: an amount ending in `03` is an unknown outcome that did
 * land, `08` a network failure, …). It keeps a ledger like OTGPAY protocol §8; `settle()`
 * moves pending money to available. Charges stay `pending` until `simulate.pay` (or
 * `autoSucceed`); each state change returns the signed webhook the provider would send.
 *
 * @example
 * ```ts
 * import { createPaymux } from '@paymux/core';
 * import { TestingProvider } from '@paymux/core/testing';
 *
 * const provider = new TestingProvider({ clock: () => new Date('2026-11-27T03:00:00Z') });
 * const paymux = createPaymux({ providers: [provider] });
 *
 * const charge = await paymux.charges.create({
 *   reference: 'order-1',
 *   money: { amount: 15_000_000n, currency: 'IDR' },
 *   country: 'ID',
 *   method: { type: 'qr' },
 *   customer: { name: 'Siti', email: 'siti@example.id', phone: '0812 3456 7890' },
 * });
 * const webhook = provider.simulate.pay(charge.reference); // the payer pays
 * const { event } = await paymux.webhooks.constructEvent(provider.id, webhook);
 * // event.type === 'charge.succeeded'; event.fee is 2.5 % of the amount
 * ```
 */
export class TestingProvider extends BaseProvider {
  readonly id: string;
  readonly name = 'testing';
  readonly capabilities: ProviderCapabilities;
  /** Play the payer's and the provider's side: pay, fail, finish payouts. */
  readonly simulate: TestingSimulator;
  /** Sign webhooks, and collect the ones queued by automatic transitions. */
  readonly webhooks: TestingWebhooks;

  private readonly clock: () => Date;
  readonly #webhookSecret: string;
  private readonly toleranceSeconds: number;
  private readonly autoSucceed: boolean;
  private readonly chargeFeeBps: number;
  private readonly payoutFeeBps: number;
  private readonly references = new ReferenceSequence();
  private readonly ledger: Ledger;
  private readonly gate: MagicGate;
  private readonly charges = new Map<string, ChargeRecord>();
  private readonly payouts = new Map<string, PayoutRecord>();
  private readonly refundReferences = new Set<string>();
  private readonly batchReferences = new Set<string>();
  private readonly outbox: SignedWebhook[] = [];

  /** A provider serving ID/TH/PK in IDR/THB/PKR with every method and feature, unless `options` narrow it. */
  constructor(options: TestingProviderOptions = {}) {
    super();
    this.id = options.id ?? 'testing';
    this.capabilities = {
      countries: options.countries ?? ['ID', 'TH', 'PK'],
      currencies: options.currencies ?? ['IDR', 'THB', 'PKR'],
      methods: options.methods ?? PAYMENT_METHOD_TYPES,
      features: ALL_FEATURES,
    };
    this.clock = options.clock ?? (() => new Date());
    this.#webhookSecret = options.webhookSecret ?? DEFAULT_TESTING_WEBHOOK_SECRET;
    this.toleranceSeconds =
      options.signatureToleranceSeconds ?? DEFAULT_SIGNATURE_TOLERANCE_SECONDS;
    this.autoSucceed = options.autoSucceed ?? false;
    this.chargeFeeBps = options.fees?.chargeBps ?? DEFAULT_CHARGE_FEE_BPS;
    this.payoutFeeBps = options.fees?.payoutBps ?? DEFAULT_PAYOUT_FEE_BPS;
    this.ledger = new Ledger(this.id, this.references);
    this.gate = new MagicGate(this.id, options.magicValues ?? true);

    const pay = (reference: string, amount?: bigint) => this.payCharge(reference, amount);
    this.simulate = {
      pay: pay as TestingSimulator['pay'],
      fail: (reference, reason) => this.failCharge(reference, reason ?? 'expired', false),
      completePayout: (reference, outcome, reason) =>
        this.finishPayout(reference, outcome, reason, false),
    };
    this.webhooks = {
      sign: (event) => this.signEvent(event),
      drain: () => this.outbox.splice(0, this.outbox.length),
    };
  }

  // ── charges ──────────────────────────────────────────────────────────────

  override createCharge(
    input: Normalized<CreateChargeInput>,
    ctx: OperationContext,
  ): Promise<Charge> {
    return observed(ctx, 'POST', '/charges', () => {
      this.assertServes(input.money.currency, input.country);
      if (!this.capabilities.methods.includes(input.method.type)) {
        throw new UnsupportedError(`${this.id} does not offer method ${input.method.type}`, {
          provider: this.id,
          field: 'method.type',
        });
      }
      assertPositive(input.money);
      const behaviour = this.gate.beforeWrite('charge', input.reference, input.money.amount);
      if (this.charges.has(input.reference)) throw this.duplicate(input.reference);

      const providerReference = this.references.next('ch');
      const record: ChargeRecord = {
        reference: input.reference,
        providerReference,
        money: input.money,
        method: input.method,
        nextAction: nextActionFor(input.method, providerReference, input.money, this.references),
        status: 'pending',
        refunded: 0n,
        refunds: [],
      };
      this.charges.set(input.reference, record);
      if (behaviour === 'auto_fail') this.failCharge(input.reference, 'declined', true);
      else if (this.autoSucceed) this.payCharge(input.reference, undefined, true);
      this.gate.afterWrite('charge', input.reference, behaviour);
      return chargeSnapshot(record, this.id);
    });
  }

  override getCharge(input: GetChargeInput, ctx: OperationContext): Promise<Charge> {
    return observed(ctx, 'GET', `/charges/${input.reference}`, () => {
      const record = this.chargeRecord(input.reference);
      this.gate.beforeRead('charge', record.reference, record.money.amount);
      return chargeSnapshot(record, this.id);
    });
  }

  override refund(input: Normalized<CreateRefundInput>, ctx: OperationContext): Promise<Refund> {
    return observed(ctx, 'POST', `/charges/${input.chargeReference}/refunds`, () => {
      assertPositive(input.money);
      const behaviour = this.gate.beforeWrite('refund', input.reference, input.money.amount);
      const charge = this.chargeRecord(input.chargeReference);
      if (input.money.currency !== charge.money.currency) {
        throw new ValidationError(`Refund currency must be ${charge.money.currency}`, {
          field: 'money.currency',
          rule: 'currency',
          reference: input.reference,
        });
      }
      if (charge.status !== 'succeeded') {
        throw new InvalidStateError(`Charge ${charge.reference} is ${charge.status}, not paid`, {
          provider: this.id,
          reference: input.chargeReference,
          providerCode: 'not_paid',
        });
      }
      if (this.refundReferences.has(input.reference)) throw this.duplicate(input.reference);
      const refundable = charge.money.amount - charge.refunded;
      if (input.money.amount > refundable) {
        throw new ValidationError(
          `Refund of ${input.money.amount} exceeds the refundable ${refundable} minor units`,
          { field: 'money.amount', rule: 'refundable', reference: input.reference },
        );
      }

      const failed = behaviour === 'auto_fail';
      const refund: Refund = {
        object: 'refund',
        provider: this.id,
        reference: input.reference,
        chargeReference: charge.reference,
        providerReference: this.references.next('re'),
        money: input.money,
        status: failed ? 'failed' : 'succeeded',
        ...(input.reason === undefined ? {} : { reason: input.reason }),
      };
      this.refundReferences.add(input.reference);
      charge.refunds.push(refund);
      if (!failed) {
        charge.refunded += input.money.amount;
        this.ledger.recordRefund(input.reference, input.money, this.clock());
      }
      this.gate.afterWrite('refund', input.reference, behaviour);
      return refund;
    });
  }

  // ── payouts ──────────────────────────────────────────────────────────────

  override createPayout(
    input: Normalized<CreatePayoutInput>,
    ctx: OperationContext,
  ): Promise<Payout> {
    return observed(ctx, 'POST', '/payouts', () => this.submitPayout(input));
  }

  override getPayout(input: GetPayoutInput, ctx: OperationContext): Promise<Payout> {
    return observed(ctx, 'GET', `/payouts/${input.reference}`, () => {
      const record = this.payoutRecord(input.reference);
      this.gate.beforeRead('payout', record.reference, record.money.amount);
      return payoutSnapshot(record, this.id);
    });
  }

  override createPayoutBatch(
    input: NormalizedPayoutBatch,
    ctx: OperationContext,
  ): Promise<PayoutBatchResult> {
    return observed(ctx, 'POST', '/payouts/batch', () => {
      if (input.items.length < 1 || input.items.length > MAX_BATCH_ITEMS) {
        throw new ValidationError(`A batch holds 1..${MAX_BATCH_ITEMS} items`, {
          field: 'items',
          rule: 'size',
        });
      }
      if (this.batchReferences.has(input.reference)) throw this.duplicate(input.reference);
      this.batchReferences.add(input.reference);
      const items = input.items.map((item, index): PayoutBatchItemResult => {
        try {
          return { index, reference: item.reference, ok: true, payout: this.submitPayout(item) };
        } catch (error) {
          if (!PaymuxError.isInstance(error)) throw error;
          return { index, reference: item.reference, ok: false, error };
        }
      });
      return { object: 'payout_batch', provider: this.id, reference: input.reference, items };
    });
  }

  // ── balance, settlements, statement ──────────────────────────────────────

  override getBalance(input: GetBalanceInput, ctx: OperationContext): Promise<Balance> {
    return observed(ctx, 'GET', `/balance?currency=${input.currency}`, () => {
      this.assertServes(input.currency);
      return this.ledger.balance(input.currency);
    });
  }

  override listSettlements(
    input: ListRangeInput,
    ctx: OperationContext,
  ): AsyncIterable<Settlement> {
    const pageSize = this.assertRange(input);
    return pagedIterable('/settlements', pageSize, ctx, () =>
      this.ledger.settlementRecords(input.startDate, input.endDate),
    );
  }

  override listStatement(
    input: ListRangeInput,
    ctx: OperationContext,
  ): AsyncIterable<StatementEntry> {
    const pageSize = this.assertRange(input);
    return pagedIterable('/statement', pageSize, ctx, () =>
      this.ledger.statement(input.startDate, input.endDate),
    );
  }

  /**
   * Settle every unsettled day up to `date` (`yyyy-MM-dd`, default today in each currency's
   * country time): each day's net moves from `pending` to `available`. Returns the records.
   */
  settle(date?: string): Settlement[] {
    if (date !== undefined) assertDate(date, 'date');
    return this.ledger.settle(this.clock(), date);
  }

  /** Days in the currency's home zone (`Asia/Jakarta` for IDR), T+1, this provider's fee rates. */
  override reconciliationProfile(currency: string): ReconciliationProfile {
    this.assertServes(currency);
    return {
      currency,
      timeZone: timeZoneOf(currency),
      settlementLagDays: 1,
      fees: { chargeBps: this.chargeFeeBps, payoutBps: this.payoutFeeBps },
    };
  }

  // ── webhooks ─────────────────────────────────────────────────────────────

  override async parseWebhook(request: WebhookRequest): Promise<WebhookEvent> {
    const rawBody = verifyTestingWebhook(request, this.#webhookSecret, {
      now: this.clock(),
      toleranceSeconds: this.toleranceSeconds,
    });
    return fromWebhookBody(rawBody, this.id);
  }

  // ── internals ────────────────────────────────────────────────────────────

  private submitPayout(input: Normalized<CreatePayoutInput>): Payout {
    this.assertServes(input.money.currency, input.country);
    assertPositive(input.money);
    const behaviour = this.gate.beforeWrite('payout', input.reference, input.money.amount);
    if (this.payouts.has(input.reference)) throw this.duplicate(input.reference);
    const fee: Money = {
      amount: feeFor(input.money.amount, this.payoutFeeBps),
      currency: input.money.currency,
    };
    const hold: Money = { amount: input.money.amount + fee.amount, currency: fee.currency };
    if (!this.ledger.canFreeze(hold)) {
      throw new ProviderError('Insufficient available balance for the payout and its fee', {
        provider: this.id,
        reference: input.reference,
        providerCode: 'insufficient_balance',
      });
    }
    this.ledger.freeze(hold);
    const record: PayoutRecord = {
      reference: input.reference,
      providerReference: this.references.next('po'),
      money: input.money,
      destination: input.destination,
      fee,
      status: 'processing',
    };
    this.payouts.set(input.reference, record);
    if (behaviour === 'auto_fail') this.finishPayout(input.reference, 'failed', 'rejected', true);
    else if (this.autoSucceed) this.finishPayout(input.reference, 'succeeded', undefined, true);
    this.gate.afterWrite('payout', input.reference, behaviour);
    return payoutSnapshot(record, this.id);
  }

  private payCharge(
    reference: string,
    amount: bigint | undefined,
    queue = false,
  ): SignedWebhook | undefined {
    const record = this.chargeRecord(reference);
    this.assertOpen(record.status === 'pending' || record.status === 'processing', reference);
    const paid = amount ?? record.money.amount;
    if (paid !== record.money.amount) {
      record.status = paid < record.money.amount ? 'partially_paid' : 'overpaid';
      return undefined;
    }
    const now = this.clock();
    const fee: Money = { amount: feeFor(paid, this.chargeFeeBps), currency: record.money.currency };
    record.status = 'succeeded';
    record.fee = fee;
    record.paidAt = now;
    this.ledger.recordPayment(reference, record.money, fee, now);
    return this.notify(
      {
        ...this.eventBase(
          'charge.succeeded',
          record.reference,
          record.providerReference,
          record.money,
        ),
        fee,
        status: 'succeeded',
        occurredAt: now,
      },
      queue,
    );
  }

  private failCharge(reference: string, reason: string, queue: boolean): SignedWebhook {
    const record = this.chargeRecord(reference);
    this.assertOpen(record.status === 'pending' || record.status === 'processing', reference);
    record.status = 'failed';
    return this.notify(
      {
        ...this.eventBase(
          'charge.failed',
          record.reference,
          record.providerReference,
          record.money,
        ),
        status: 'failed',
        occurredAt: this.clock(),
        failureReason: reason,
      },
      queue,
    );
  }

  private finishPayout(
    reference: string,
    outcome: 'succeeded' | 'failed',
    reason: string | undefined,
    queue: boolean,
  ): SignedWebhook {
    const record = this.payoutRecord(reference);
    this.assertOpen(record.status === 'pending' || record.status === 'processing', reference);
    const now = this.clock();
    record.status = outcome;
    record.completedAt = now;
    if (outcome === 'failed') record.failureReason = reason ?? 'rejected';
    this.ledger.releasePayout(reference, record.money, record.fee, outcome === 'succeeded', now);
    const type = outcome === 'succeeded' ? 'payout.succeeded' : 'payout.failed';
    return this.notify(
      {
        ...this.eventBase(type, record.reference, record.providerReference, record.money),
        fee: record.fee,
        status: outcome,
        occurredAt: now,
        ...(record.failureReason ? { failureReason: record.failureReason } : {}),
      },
      queue,
    );
  }

  private eventBase(
    type: WebhookEvent['type'],
    reference: string,
    providerReference: string,
    money: Money,
  ): Pick<
    WebhookEvent,
    'object' | 'id' | 'type' | 'provider' | 'reference' | 'providerReference' | 'money'
  > {
    return {
      object: 'webhook_event',
      id: `${type}:${reference}`,
      type,
      provider: this.id,
      reference,
      providerReference,
      money,
    };
  }

  private notify(event: WebhookEvent, queue: boolean): SignedWebhook {
    const webhook = this.signEvent(event);
    if (queue) this.outbox.push(webhook);
    return webhook;
  }

  private signEvent(event: WebhookEvent): SignedWebhook {
    return signTestingWebhook(toWebhookPayload(event), this.#webhookSecret, {
      timestamp: this.clock(),
    });
  }

  private chargeRecord(reference: string): ChargeRecord {
    const record = this.charges.get(reference);
    if (!record) {
      throw new NotFoundError(`No charge ${reference}`, { provider: this.id, reference });
    }
    return record;
  }

  private payoutRecord(reference: string): PayoutRecord {
    const record = this.payouts.get(reference);
    if (!record) {
      throw new NotFoundError(`No payout ${reference}`, { provider: this.id, reference });
    }
    return record;
  }

  private assertOpen(open: boolean, reference: string): void {
    if (!open) {
      throw new InvalidStateError(`${reference} is already final`, {
        provider: this.id,
        reference,
        providerCode: 'final',
      });
    }
  }

  private assertServes(currency: string, country?: string): void {
    if (!this.capabilities.currencies.includes(currency)) {
      throw new UnsupportedError(`${this.id} does not serve currency ${currency}`, {
        provider: this.id,
        field: 'money.currency',
      });
    }
    if (country !== undefined && !this.capabilities.countries.includes(country)) {
      throw new UnsupportedError(`${this.id} does not serve country ${country}`, {
        provider: this.id,
        field: 'country',
      });
    }
  }

  private assertRange(input: ListRangeInput): number {
    assertDate(input.startDate, 'startDate');
    assertDate(input.endDate, 'endDate');
    if (input.startDate > input.endDate) {
      throw new ValidationError('startDate must not be after endDate', {
        field: 'endDate',
        rule: 'range',
      });
    }
    return resolvePageSize(input.pageSize);
  }

  private duplicate(reference: string): ValidationError {
    return new ValidationError(`Reference ${reference} was already used`, {
      provider: this.id,
      reference,
      field: 'reference',
      rule: 'duplicate',
      providerCode: 'duplicate_reference',
    });
  }
}

function assertPositive(money: Money): void {
  if (money.amount <= 0n) {
    throw new ValidationError('money.amount must be positive', {
      field: 'money.amount',
      rule: 'positive',
    });
  }
}
