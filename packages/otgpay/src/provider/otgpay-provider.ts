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
  type OperationContext,
  type Payout,
  type PayoutBatchResult,
  type ProviderCapabilities,
  type Refund,
  type Settlement,
  type StatementEntry,
  ValidationError,
  type WebhookAck,
  type WebhookEvent,
  type WebhookRequest,
} from '@paymux/core';
import { type OtgpayCallOptions, OtgpayClient } from '../client/otgpay-client.js';
import { parseCallback } from '../webhook/parse-callback.js';
import { checkReference } from './check-reference.js';
import { pageRequestFor } from './list-range.js';
import type { MappingContext } from './mapping-context.js';
import type { OtgpayProviderOptions } from './options.js';
import { submitPayoutBatch } from './payout-batch.js';
import { toBalance } from './to-balance.js';
import { chargeFromCreate, chargeFromQuery } from './to-charge.js';
import { payoutFromQuery, payoutFromSubmit } from './to-payout.js';
import { toRefund } from './to-refund.js';
import { toSettlement } from './to-settlement.js';
import { toStatementEntry } from './to-statement-entry.js';
import { paymentRequest, payoutRequest, refundRequest } from './to-wire-requests.js';
import { walkPages } from './walk-pages.js';

const MAX_BATCH = 500;

function callOf(ctx: OperationContext): OtgpayCallOptions {
  return {
    observer: ctx.observer,
    idempotencyKey: ctx.idempotencyKey,
    ...(ctx.signal === undefined ? {} : { signal: ctx.signal }),
  };
}

function positiveInteger(value: number, field: string, max: number): number {
  if (!Number.isSafeInteger(value) || value < 1 || value > max) {
    throw new TypeError(`OtgpayProvider: ${field} must be an integer from 1 to ${max}`);
  }
  return value;
}

/**
 * The OTGPAY provider for one country and one merchant account. One attempt per call;
 * failures are classified (see `mapOtgpayError` and `classifyTransportFailure`) and the
 * core retries, reconciles and routes. Ambiguous writes throw `UnknownOutcomeError` with
 * the reference, which `getCharge`/`getPayout` resolve (a charge lists its refunds).
 */
export class OtgpayProvider extends BaseProvider {
  readonly id: string;
  readonly name = 'otgpay';
  readonly capabilities: ProviderCapabilities;
  readonly #client: OtgpayClient;
  readonly #context: MappingContext;
  readonly #options: OtgpayProviderOptions;
  readonly #maxBatchSize: number;
  readonly #batchConcurrency: number;

  constructor(options: OtgpayProviderOptions) {
    super();
    const adapter = options.country;
    this.id = options.id ?? `otgpay-${adapter.country.toLowerCase()}`;
    this.#options = options;
    this.#maxBatchSize = positiveInteger(
      options.maxBatchSize ?? MAX_BATCH,
      'maxBatchSize',
      MAX_BATCH,
    );
    this.#batchConcurrency = positiveInteger(options.batchConcurrency ?? 2, 'batchConcurrency', 64);
    this.#client = new OtgpayClient({
      appId: options.appId,
      apiKey: options.apiKey,
      merchantPrivateKey: options.merchantPrivateKey,
      platformPublicKey: options.platformPublicKey,
      baseUrl: options.baseUrl,
      providerId: this.id,
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
      ...(options.appendSecretKey === undefined
        ? {}
        : { appendSecretKey: options.appendSecretKey }),
      ...(options.userAgent === undefined ? {} : { userAgent: options.userAgent }),
    });
    this.#context = { provider: this.id, adapter };
    this.capabilities = {
      countries: [adapter.country],
      currencies: [adapter.currency],
      methods: adapter.methodTypes,
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
  }

  /** The signed wire client, for endpoints or fields the provider does not surface. */
  get client(): OtgpayClient {
    return this.#client;
  }

  override async createCharge(
    input: Normalized<CreateChargeInput>,
    ctx: OperationContext,
  ): Promise<Charge> {
    const body = paymentRequest(input, this.#context.adapter, this.#options.notifyUrl);
    const data = await this.#client.createPayment(body, callOf(ctx));
    return chargeFromCreate(data, input.money, input.method, this.#context);
  }

  override async getCharge(input: GetChargeInput, ctx: OperationContext): Promise<Charge> {
    checkReference(input.reference, 'reference');
    const data = await this.#client.getPayment(input.reference, callOf(ctx));
    return chargeFromQuery(data, this.#context);
  }

  override async refund(
    input: Normalized<CreateRefundInput>,
    ctx: OperationContext,
  ): Promise<Refund> {
    const body = refundRequest(input, this.#context.adapter);
    const data = await this.#client.refundPayment(input.chargeReference, body, callOf(ctx));
    const refund = toRefund(data, input.chargeReference, this.#context);
    return input.reason === undefined ? refund : { ...refund, reason: input.reason };
  }

  override async createPayout(
    input: Normalized<CreatePayoutInput>,
    ctx: OperationContext,
  ): Promise<Payout> {
    const body = payoutRequest(input, this.#context.adapter, this.#options.notifyUrl);
    const data = await this.#client.submitPayout(body, callOf(ctx));
    return payoutFromSubmit(data, input.money, input.destination, this.#context);
  }

  override async getPayout(input: GetPayoutInput, ctx: OperationContext): Promise<Payout> {
    checkReference(input.reference, 'reference');
    const data = await this.#client.getPayout(input.reference, callOf(ctx));
    return payoutFromQuery(data, this.#context);
  }

  override createPayoutBatch(
    input: NormalizedPayoutBatch,
    ctx: OperationContext,
  ): Promise<PayoutBatchResult> {
    return submitPayoutBatch(input, {
      client: this.#client,
      context: this.#context,
      call: callOf(ctx),
      maxBatchSize: this.#maxBatchSize,
      concurrency: this.#batchConcurrency,
      notifyUrl: this.#options.notifyUrl,
      onProgress: this.#options.onBatchProgress,
    });
  }

  override async getBalance(input: GetBalanceInput, ctx: OperationContext): Promise<Balance> {
    const { adapter } = this.#context;
    if (input.currency !== adapter.currency) {
      throw new ValidationError(`this provider holds ${adapter.currency}, not ${input.currency}`, {
        field: 'currency',
        rule: 'currency',
      });
    }
    return toBalance(await this.#client.getBalance(callOf(ctx)), this.#context);
  }

  override listSettlements(
    input: ListRangeInput,
    ctx: OperationContext,
  ): AsyncIterable<Settlement> {
    const request = pageRequestFor(input);
    const client = this.#client;
    const context = this.#context;
    const call = callOf(ctx);
    return (async function* () {
      const records = walkPages(async (page) => {
        const data = await client.listSettlementRecords(request(page), call);
        return { total: data.total, items: data.records };
      }, context.provider);
      for await (const record of records) yield toSettlement(record, context);
    })();
  }

  override listStatement(
    input: ListRangeInput,
    ctx: OperationContext,
  ): AsyncIterable<StatementEntry> {
    const request = pageRequestFor(input);
    const client = this.#client;
    const context = this.#context;
    const call = callOf(ctx);
    return (async function* () {
      const entries = walkPages(async (page) => {
        const data = await client.getStatement(request(page), call);
        return { total: data.total, items: data.entries };
      }, context.provider);
      for await (const entry of entries) yield toStatementEntry(entry, context);
    })();
  }

  override async parseWebhook(request: WebhookRequest): Promise<WebhookEvent> {
    const client = this.#client;
    return parseCallback(
      request,
      { appId: client.appId, verify: (params) => client.verifyPlatformSignature(params) },
      this.#context,
    );
  }

  /** OTGPAY stops redelivering once it reads HTTP 200 with body `SUCCESS`. */
  override webhookAck(): WebhookAck {
    return { status: 200, headers: { 'content-type': 'text/plain' }, body: 'SUCCESS' };
  }

  toJSON(): Record<string, unknown> {
    return { type: 'OtgpayProvider', id: this.id, country: this.#context.adapter.country };
  }
}
