import { UnsupportedError } from '../errors/error-classes.js';
import type { Balance } from '../resources/balance.js';
import type { Charge } from '../resources/charge.js';
import type { Payout, PayoutBatchResult } from '../resources/payout.js';
import type { Refund } from '../resources/refund.js';
import type { Settlement } from '../resources/settlement.js';
import type { StatementEntry } from '../resources/statement-entry.js';
import type { WebhookAck, WebhookEvent } from '../resources/webhook-event.js';
import type { ProviderCapabilities } from './capabilities.js';
import type {
  CreateChargeInput,
  CreatePayoutInput,
  CreateRefundInput,
  GetBalanceInput,
  GetChargeInput,
  GetPayoutInput,
  ListRangeInput,
  WebhookRequest,
} from './inputs.js';
import type {
  Normalized,
  NormalizedPayoutBatch,
  OperationContext,
  PaymentProvider,
} from './provider.js';
import type { ReconciliationProfile } from './reconciliation-profile.js';

/**
 * A provider whose every operation throws `UnsupportedError`. Extend it and override
 * what the provider offers; the rest fails with a typed error instead of a missing method.
 * `webhookAck` answers `200 OK` (text/plain) unless overridden, and `reconciliationProfile`
 * throws `UnsupportedError` (then `paymux.reconcile` needs `timeZone`).
 *
 * @example
 * ```ts
 * import { BaseProvider, type Charge, type CreateChargeInput, type Normalized,
 *   type OperationContext, RateLimitedError, toDecimalString, UnknownOutcomeError } from '@paymux/core';
 *
 * class ExamplePsp extends BaseProvider {
 *   readonly id = 'example-id';
 *   readonly name = 'example';
 *   readonly capabilities = {
 *     countries: ['ID'],
 *     currencies: ['IDR'],
 *     methods: ['qr'],
 *     features: ['charge'], // every other operation throws UnsupportedError
 *   } as const;
 *
 *   override async createCharge(input: Normalized<CreateChargeInput>, ctx: OperationContext): Promise<Charge> {
 *     const path = '/charges';
 *     ctx.observer.request({ method: 'POST', path, idempotencyKey: ctx.idempotencyKey });
 *     const started = Date.now();
 *     // One attempt only: the core retries, reconciles and fails over.
 *     const res = await fetch(`https://psp.example${path}`, {
 *       method: 'POST',
 *       signal: ctx.signal ?? null,
 *       headers: { 'content-type': 'application/json', 'idempotency-key': ctx.idempotencyKey },
 *       body: JSON.stringify({
 *         reference: input.reference,
 *         amount: toDecimalString(input.money), // exact decimal string, never a float
 *         currency: input.money.currency,
 *       }),
 *     });
 *     ctx.observer.response({ method: 'POST', path, status: res.status, durationMs: Date.now() - started });
 *     if (res.status === 429) throw new RateLimitedError('PSP busy', { provider: this.id, outcomeUnknown: false });
 *     if (!res.ok) {
 *       // Not on the allow-list of refusals that prove nothing happened: the core queries.
 *       throw new UnknownOutcomeError(`PSP answered HTTP ${res.status}`, { provider: this.id, reference: input.reference });
 *     }
 *     const body = (await res.json()) as { id: string; qr: string };
 *     return {
 *       object: 'charge',
 *       provider: this.id,
 *       reference: input.reference,
 *       providerReference: body.id,
 *       money: input.money,
 *       status: 'pending',
 *       nextAction: { type: 'qr', payload: body.qr },
 *       refunded: { amount: 0n, currency: input.money.currency },
 *       refunds: [],
 *     };
 *   }
 *
 *   // Override getCharge too: the core calls it to resolve an unknown outcome before resending.
 * }
 * ```
 */
export abstract class BaseProvider implements PaymentProvider {
  abstract readonly id: string;
  abstract readonly name: string;
  /** What this instance serves; the router never sends it an operation outside it. */
  abstract readonly capabilities: ProviderCapabilities;

  /**
   * Throws `UnsupportedError` naming `operation` and this provider (`<name> does not support
   * <operation>`). Call it from an override that supports an operation only in part.
   */
  protected unsupported(operation: string): never {
    throw new UnsupportedError(`${this.name} does not support ${operation}`, {
      provider: this.id,
    });
  }

  createCharge(_input: Normalized<CreateChargeInput>, _ctx: OperationContext): Promise<Charge> {
    return this.unsupported('createCharge');
  }
  getCharge(_input: GetChargeInput, _ctx: OperationContext): Promise<Charge> {
    return this.unsupported('getCharge');
  }
  refund(_input: Normalized<CreateRefundInput>, _ctx: OperationContext): Promise<Refund> {
    return this.unsupported('refund');
  }
  createPayout(_input: Normalized<CreatePayoutInput>, _ctx: OperationContext): Promise<Payout> {
    return this.unsupported('createPayout');
  }
  getPayout(_input: GetPayoutInput, _ctx: OperationContext): Promise<Payout> {
    return this.unsupported('getPayout');
  }
  createPayoutBatch(
    _input: NormalizedPayoutBatch,
    _ctx: OperationContext,
  ): Promise<PayoutBatchResult> {
    return this.unsupported('createPayoutBatch');
  }
  getBalance(_input: GetBalanceInput, _ctx: OperationContext): Promise<Balance> {
    return this.unsupported('getBalance');
  }
  listSettlements(_input: ListRangeInput, _ctx: OperationContext): AsyncIterable<Settlement> {
    return this.unsupported('listSettlements');
  }
  listStatement(_input: ListRangeInput, _ctx: OperationContext): AsyncIterable<StatementEntry> {
    return this.unsupported('listStatement');
  }
  parseWebhook(_request: WebhookRequest): Promise<WebhookEvent> {
    return this.unsupported('parseWebhook');
  }
  reconciliationProfile(_currency: string): ReconciliationProfile {
    return this.unsupported('reconciliationProfile');
  }
  webhookAck(): WebhookAck {
    return { status: 200, headers: { 'content-type': 'text/plain' }, body: 'OK' };
  }
}
