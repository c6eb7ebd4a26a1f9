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
 *   type OperationContext } from '@paymux/core';
 *
 * class MyProvider extends BaseProvider {
 *   readonly id = 'my-id';
 *   readonly name = 'my';
 *   readonly capabilities = {
 *     countries: ['ID'],
 *     currencies: ['IDR'],
 *     methods: ['qr'],
 *     features: ['charge'],
 *   } as const;
 *
 *   override async createCharge(input: Normalized<CreateChargeInput>, ctx: OperationContext): Promise<Charge> {
 *     // one HTTP attempt, reported through ctx.observer; classify failures, never retry here
 *     throw new Error('not implemented');
 *   }
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
