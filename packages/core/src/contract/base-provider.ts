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
 */
export abstract class BaseProvider implements PaymentProvider {
  abstract readonly id: string;
  abstract readonly name: string;
  abstract readonly capabilities: ProviderCapabilities;

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
