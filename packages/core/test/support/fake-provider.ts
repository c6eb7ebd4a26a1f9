import {
  type Balance,
  BaseProvider,
  type Charge,
  type CreateChargeInput,
  type CreatePayoutInput,
  type CreateRefundInput,
  type GetBalanceInput,
  type GetChargeInput,
  type GetPayoutInput,
  type ListRangeInput,
  type Normalized,
  type NormalizedPayoutBatch,
  NotFoundError,
  type OperationContext,
  type PaymuxError,
  type Payout,
  type PayoutBatchResult,
  type ProviderCapabilities,
  type Refund,
  type Settlement,
  SignatureInvalidError,
  ValidationError,
  type WebhookEvent,
  type WebhookRequest,
} from '../../src/index.js';

/** A scripted failure: thrown before the effect, or after it when `afterEffect`. */
export interface Fault {
  readonly error: PaymuxError;
  readonly afterEffect?: boolean;
}

export interface Call {
  readonly operation: string;
  readonly idempotencyKey: string;
  readonly attempt: number;
  readonly reference?: string;
}

export const SECRET_API_KEY = 'sk_live_TOPSECRET_123';
export const SECRET_SIGNATURE = 'c2lnbmF0dXJlLXNlY3JldA==';
export const SECRET_PRIVATE_KEY = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC';

const DEFAULT_CAPABILITIES: ProviderCapabilities = {
  countries: ['ID'],
  currencies: ['IDR'],
  methods: ['qr', 'virtual_account'],
  features: [
    'charge',
    'refund',
    'partial_refund',
    'payout',
    'payout_batch',
    'balance',
    'settlements',
    'statement',
    'webhooks',
  ],
};

/**
 * An in-memory provider for core tests: keeps charges and payouts by reference, reports
 * wire events with secrets in the body (to prove the core redacts them), and throws
 * scripted faults per operation.
 */
export class FakeProvider extends BaseProvider {
  readonly name = 'fake';
  readonly capabilities: ProviderCapabilities;
  readonly calls: Call[] = [];
  readonly charges = new Map<string, Charge>();
  readonly payouts = new Map<string, Payout>();
  readonly faults = new Map<string, Fault[]>();

  constructor(
    readonly id: string,
    capabilities: Partial<ProviderCapabilities> = {},
  ) {
    super();
    this.capabilities = { ...DEFAULT_CAPABILITIES, ...capabilities };
  }

  /** Queue faults for `operation`; each call takes the next one. */
  fail(operation: string, ...faults: Array<PaymuxError | Fault>): this {
    const queue = this.faults.get(operation) ?? [];
    for (const fault of faults) queue.push('error' in fault ? fault : { error: fault });
    this.faults.set(operation, queue);
    return this;
  }

  /** `ctx.observer.bodies` of every call, in order. */
  readonly bodiesWanted: Array<boolean | undefined> = [];

  callsOf(operation: string): Call[] {
    return this.calls.filter((call) => call.operation === operation);
  }

  async #step<T>(
    operation: string,
    ctx: OperationContext,
    reference: string | undefined,
    effect: () => T,
  ): Promise<T> {
    this.bodiesWanted.push(ctx.observer.bodies);
    this.calls.push({
      operation,
      idempotencyKey: ctx.idempotencyKey,
      attempt: ctx.attempt,
      ...(reference === undefined ? {} : { reference }),
    });
    const path = `/api/${operation}?appId=7&sign=${encodeURIComponent(SECRET_SIGNATURE)}`;
    const body = {
      reference,
      apiKey: SECRET_API_KEY,
      sign: SECRET_SIGNATURE,
      privateKey: SECRET_PRIVATE_KEY,
      phone: '081234567890',
      email: 'budi@example.com',
      accountNo: '1234567890',
    };
    ctx.observer.request({ method: 'POST', path, idempotencyKey: ctx.idempotencyKey, body });
    const fault = this.faults.get(operation)?.shift();
    if (fault && !fault.afterEffect) throw fault.error;
    const result = effect();
    if (fault) throw fault.error;
    ctx.observer.response({ method: 'POST', path, status: 200, durationMs: 3, body });
    return result;
  }

  override createCharge(input: Normalized<CreateChargeInput>, ctx: OperationContext) {
    return this.#step('createCharge', ctx, input.reference, () => {
      if (this.charges.has(input.reference)) {
        throw new ValidationError('orderId duplicate', {
          provider: this.id,
          providerCode: '1002',
          field: 'reference',
          rule: 'duplicate',
        });
      }
      const charge: Charge = {
        object: 'charge',
        provider: this.id,
        reference: input.reference,
        providerReference: `P-${input.reference}`,
        money: input.money,
        status: 'pending',
        method: input.method,
        nextAction: { type: 'qr', payload: '000201' },
        refunded: { amount: 0n, currency: input.money.currency },
        refunds: [],
      };
      this.charges.set(input.reference, charge);
      return charge;
    });
  }

  override getCharge(input: GetChargeInput, ctx: OperationContext) {
    return this.#step('getCharge', ctx, input.reference, () => {
      const charge = this.charges.get(input.reference);
      if (!charge) throw new NotFoundError('order not exit', { provider: this.id });
      return charge;
    });
  }

  override refund(input: Normalized<CreateRefundInput>, ctx: OperationContext) {
    return this.#step('refund', ctx, input.reference, () => {
      const charge = this.charges.get(input.chargeReference);
      if (!charge) throw new NotFoundError('order not exit', { provider: this.id });
      const refund: Refund = {
        object: 'refund',
        provider: this.id,
        reference: input.reference,
        chargeReference: input.chargeReference,
        providerReference: `R-${input.reference}`,
        money: input.money,
        status: 'succeeded',
      };
      this.charges.set(charge.reference, {
        ...charge,
        refunded: { ...charge.refunded, amount: charge.refunded.amount + input.money.amount },
        refunds: [...charge.refunds, refund],
      });
      return refund;
    });
  }

  #payout(input: Normalized<CreatePayoutInput>): Payout {
    const payout: Payout = {
      object: 'payout',
      provider: this.id,
      reference: input.reference,
      providerReference: `O-${input.reference}`,
      money: input.money,
      status: 'processing',
      destination: input.destination,
    };
    this.payouts.set(input.reference, payout);
    return payout;
  }

  override createPayout(input: Normalized<CreatePayoutInput>, ctx: OperationContext) {
    return this.#step('createPayout', ctx, input.reference, () => this.#payout(input));
  }

  override getPayout(input: GetPayoutInput, ctx: OperationContext) {
    return this.#step('getPayout', ctx, input.reference, () => {
      const payout = this.payouts.get(input.reference);
      if (!payout) throw new NotFoundError('order not exit', { provider: this.id });
      return payout;
    });
  }

  override createPayoutBatch(input: NormalizedPayoutBatch, ctx: OperationContext) {
    return this.#step(
      'createPayoutBatch',
      ctx,
      input.reference,
      (): PayoutBatchResult => ({
        object: 'payout_batch',
        provider: this.id,
        reference: input.reference,
        items: input.items.map((item, index) => ({
          index,
          reference: item.reference,
          ok: true as const,
          payout: this.#payout(item),
        })),
      }),
    );
  }

  override getBalance(input: GetBalanceInput, ctx: OperationContext) {
    return this.#step('getBalance', ctx, undefined, (): Balance => {
      const money = (amount: bigint) => ({ amount, currency: input.currency });
      return {
        object: 'balance',
        provider: this.id,
        currency: input.currency,
        available: money(100n),
        pending: money(20n),
        frozen: money(3n),
        total: money(123n),
      };
    });
  }

  override async *listSettlements(
    input: ListRangeInput,
    ctx: OperationContext,
  ): AsyncIterable<Settlement> {
    this.calls.push({
      operation: 'listSettlements',
      idempotencyKey: ctx.idempotencyKey,
      attempt: 1,
    });
    for (const date of [input.startDate, input.endDate]) {
      const money = (amount: bigint) => ({ amount, currency: 'IDR' });
      yield {
        object: 'settlement',
        provider: this.id,
        reference: `S-${date}`,
        date,
        gross: money(1000n),
        fee: money(10n),
        net: money(990n),
        status: 'settled',
      };
    }
  }

  override async parseWebhook(request: WebhookRequest): Promise<WebhookEvent> {
    const header = request.headers?.['x-sign'];
    if (header !== 'valid') {
      throw new SignatureInvalidError('Webhook signature does not verify', { provider: this.id });
    }
    const text =
      typeof request.rawBody === 'string'
        ? request.rawBody
        : new TextDecoder().decode(request.rawBody);
    const body = JSON.parse(text) as { orderId: string; amount: string };
    return {
      object: 'webhook_event',
      id: `charge.succeeded:${body.orderId}`,
      type: 'charge.succeeded',
      provider: this.id,
      reference: body.orderId,
      providerReference: `P-${body.orderId}`,
      money: { amount: BigInt(body.amount), currency: 'IDR' },
      status: 'succeeded',
    };
  }
}
