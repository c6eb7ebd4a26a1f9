import {
  type Balance,
  BaseProvider,
  type Charge,
  ConfigurationError,
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
  PaymuxError,
  type Payout,
  type PayoutBatchResult,
  type PayoutDestination,
  type ProviderCapabilities,
  type ReconciliationProfile,
  type Refund,
  type Settlement,
  type StatementEntry,
  ValidationError,
  type WebhookAck,
  type WebhookEvent,
  type WebhookRequest,
} from '@paymux/core';
import { type OtgpayCallOptions, OtgpayClient } from '../client/otgpay-client.js';
import { type CallbackVerifier, parseCallback } from '../webhook/parse-callback.js';
import { type CheckedOptions, checkOptions } from './check-options.js';
import { checkReference } from './check-reference.js';
import { pageRequestFor } from './list-range.js';
import type { MappingContext } from './mapping-context.js';
import type { OtgpayProviderOptions } from './options.js';
import { submitPayoutBatch } from './payout-batch.js';
import { otgpayReconciliationProfile } from './reconciliation-profile.js';
import { toBalance } from './to-balance.js';
import { chargeFromCreate, chargeFromQuery } from './to-charge.js';
import { payoutFromQuery, payoutFromSubmit } from './to-payout.js';
import { toRefund } from './to-refund.js';
import { toSettlement } from './to-settlement.js';
import { toStatementEntry } from './to-statement-entry.js';
import { paymentRequest, payoutRequest, refundRequest } from './to-wire-requests.js';
import {
  type CredentialsCheck,
  explainCheckFailure,
  merchantMismatch,
} from './verify-credentials.js';
import { walkPages } from './walk-pages.js';

function callOf(ctx: OperationContext): OtgpayCallOptions {
  return {
    observer: ctx.observer,
    idempotencyKey: ctx.idempotencyKey,
    ...(ctx.signal === undefined ? {} : { signal: ctx.signal }),
  };
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
  /** Callbacks: a synchronous `node:crypto` verify on Node, WebCrypto elsewhere. */
  readonly #callbacks: CallbackVerifier;
  readonly #context: MappingContext;
  readonly #options: OtgpayProviderOptions;
  readonly #checked: CheckedOptions;
  /** The merchant account's currency, once an answer told it (balance). */
  #merchantCurrency: string | undefined;

  /** Checks every option first: a mistake is a `ConfigurationError` naming the option. */
  constructor(options: OtgpayProviderOptions) {
    super();
    const checked = checkOptions(options);
    const adapter = checked.country;
    this.id = checked.id;
    this.#options = options;
    this.#checked = checked;
    this.#client = new OtgpayClient({
      appId: checked.appId,
      apiKey: checked.apiKey,
      merchantPrivateKey: checked.merchantPrivateKey,
      platformPublicKey: checked.platformPublicKey,
      baseUrl: checked.baseUrl,
      providerId: this.id,
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
      ...(options.appendSecretKey === undefined
        ? {}
        : { appendSecretKey: options.appendSecretKey }),
      ...(options.userAgent === undefined ? {} : { userAgent: options.userAgent }),
    });
    // Callbacks are signed with the same platform key as answers: the client's verifier
    // (key parsed once) checks both.
    const client = this.#client;
    this.#callbacks = {
      appId: checked.appId,
      verify: (params) => client.verifyPlatformSignature(params),
    };
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
    const body = paymentRequest(input, this.#context.adapter, this.#checked.notifyUrl);
    this.#checkMerchant();
    const data = await this.#client
      .createPayment(body, callOf(ctx))
      .catch((error: unknown) => this.#explainRefusal(error, ctx));
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
    const body = payoutRequest(input, this.#context.adapter, this.#checked.notifyUrl);
    this.#checkMerchant();
    const data = await this.#client
      .submitPayout(body, callOf(ctx))
      .catch((error: unknown) => this.#explainRefusal(error, ctx));
    return payoutFromSubmit(data, input.money, input.destination, this.#context);
  }

  /** The destination as OTGPAY receives it: bank code and normalized account number. */
  canonicalPayoutDestination(input: Normalized<CreatePayoutInput>): PayoutDestination {
    const fields = this.#context.adapter.toPayoutFields(input);
    return {
      type: fields.accountType === 'EWALLET' ? 'ewallet' : 'bank_account',
      bank: fields.bankCode,
      accountNumber: fields.accountNo,
    };
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
      maxBatchSize: this.#checked.maxBatchSize,
      concurrency: this.#checked.batchConcurrency,
      notifyUrl: this.#checked.notifyUrl,
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
    const data = await this.#client.getBalance(callOf(ctx));
    this.#learnMerchantCurrency(data.currency);
    return toBalance(data, this.#context);
  }

  /**
   * A deploy-time health check: one read-only, signed `GET /api/balance` that proves
   * appId, apiKey, merchantPrivateKey, platformPublicKey, baseUrl and the country adapter
   * fit together. A mistake is a `ConfigurationError` naming the option (`appId`,
   * `apiKey` (a refused signature: apiKey or merchantPrivateKey), `platformPublicKey`,
   * `baseUrl`, `country`), with the gateway's answer as `cause`. Moves no money.
   */
  async verifyCredentials(
    options: { readonly signal?: AbortSignal } = {},
  ): Promise<CredentialsCheck> {
    const setting = this.#setting();
    let data: Awaited<ReturnType<OtgpayClient['getBalance']>>;
    try {
      data = await this.#client.getBalance(options.signal ? { signal: options.signal } : {});
    } catch (error) {
      throw explainCheckFailure(error, setting);
    }
    this.#learnMerchantCurrency(data.currency);
    return {
      ok: true,
      provider: this.id,
      appId: setting.appId,
      baseUrl: setting.baseUrl,
      country: setting.country,
      currency: data.currency,
      balance: toBalance(data, this.#context),
    };
  }

  #setting() {
    const { adapter } = this.#context;
    return {
      provider: this.id,
      appId: this.#checked.appId,
      baseUrl: new URL(this.#checked.baseUrl).origin,
      country: adapter.country,
      currency: adapter.currency,
    };
  }

  /** Remembers the merchant account's currency; a mismatch with the adapter is fatal. */
  #learnMerchantCurrency(currency: string): void {
    this.#merchantCurrency = currency;
    this.#checkMerchant();
  }

  #checkMerchant(): void {
    const known = this.#merchantCurrency;
    if (known !== undefined && known !== this.#context.adapter.currency) {
      throw merchantMismatch(this.#setting(), known);
    }
  }

  /**
   * After the gateway refused a create's amount or currency (`1002`), ask the merchant
   * account's currency once (a signed read): a country adapter that does not fit the
   * credentials becomes a `ConfigurationError` instead of an opaque `Illegal Param: amount`.
   */
  async #explainRefusal(error: unknown, ctx: OperationContext): Promise<never> {
    if (
      this.#merchantCurrency === undefined &&
      PaymuxError.isInstance(error) &&
      error.code === 'validation' &&
      error.providerCode === '1002' &&
      (error.field === 'money.amount' || error.field === 'money.currency')
    ) {
      try {
        const data = await this.#client.getBalance(callOf(ctx));
        this.#merchantCurrency = data.currency;
      } catch {
        // the original refusal stands
      }
      if (
        this.#merchantCurrency !== undefined &&
        this.#merchantCurrency !== this.#context.adapter.currency
      ) {
        const mismatch = merchantMismatch(this.#setting(), this.#merchantCurrency);
        throw new ConfigurationError(mismatch.message, {
          field: 'country',
          rule: 'merchant_mismatch',
          provider: this.id,
          cause: error,
        });
      }
    }
    throw error;
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
    return parseCallback(request, this.#callbacks, this.#context);
  }

  /** Days in the country's zone (`Asia/Jakarta`, `Asia/Bangkok`, `Asia/Karachi`), T+1. */
  override reconciliationProfile(currency: string): ReconciliationProfile {
    return otgpayReconciliationProfile(this.#context.adapter, currency);
  }

  /** OTGPAY stops redelivering once it reads HTTP 200 with body `SUCCESS`. */
  override webhookAck(): WebhookAck {
    return { status: 200, headers: { 'content-type': 'text/plain' }, body: 'SUCCESS' };
  }

  /** A description for `JSON.stringify`: type, id and country; no keys, no API key. */
  toJSON(): Record<string, unknown> {
    return { type: 'OtgpayProvider', id: this.id, country: this.#context.adapter.country };
  }
}
