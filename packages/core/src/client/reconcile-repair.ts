import type { PaymentProvider } from '../contract/provider.js';
import type { QueriedOrder } from '../reconciliation/provider-records.js';
import type { ItemRepair, ReconciliationItem } from '../reconciliation/report.js';
import { FINAL_CHARGE_STATUSES } from '../resources/charge.js';
import type { WebhookEvent, WebhookEventType } from '../resources/webhook-event.js';
import type { ReconcileOptions } from './reconcile-options.js';
import type { Runtime } from './runtime.js';
import { handleVerifiedEvent } from './webhooks.js';

const FINAL: readonly string[] = FINAL_CHARGE_STATUSES;

/** The webhook the provider would have sent for a final order it reports. */
function eventFor(provider: PaymentProvider, query: QueriedOrder): WebhookEvent | undefined {
  if (!query.found) return undefined;
  const order = query.kind === 'charge' ? query.charge : query.payout;
  if (!FINAL.includes(order.status)) return undefined;
  const type = `${query.kind}.${order.status}` as WebhookEventType;
  const occurredAt = query.kind === 'charge' ? query.charge.paidAt : query.payout.completedAt;
  const failureReason = query.kind === 'payout' ? query.payout.failureReason : undefined;
  return {
    object: 'webhook_event',
    id: `${type}:${order.reference}`,
    type,
    provider: provider.id,
    reference: order.reference,
    providerReference: order.providerReference,
    money: order.money,
    ...(order.fee === undefined ? {} : { fee: order.fee }),
    status: order.status,
    ...(occurredAt === undefined ? {} : { occurredAt }),
    ...(failureReason === undefined ? {} : { failureReason }),
  };
}

const OUTCOMES: Record<string, ItemRepair['outcome']> = {
  handled: 'applied',
  duplicate: 'duplicate',
  in_progress: 'duplicate',
  stale: 'stale',
};

/**
 * The janitor: every `status_mismatch` item whose merchant status is not final while the
 * provider's query says final goes through the verified-webhook path, in item order, so
 * the merchant's handler runs once (a webhook that arrives later is a duplicate). The index
 * remembers the new status. No other item, and nothing at the provider, is touched.
 */
export async function repairItems(
  runtime: Runtime,
  provider: PaymentProvider,
  items: readonly ReconciliationItem[],
  queried: ReadonlyMap<string, QueriedOrder>,
  handler: NonNullable<ReconcileOptions['handler']>,
): Promise<ReconciliationItem[]> {
  const repaired: ReconciliationItem[] = [];
  for (const item of items) {
    const merchantStatus = item.merchant?.status;
    const query = queried.get(item.id);
    const event =
      item.category === 'status_mismatch' &&
      (item.kind === 'charge' || item.kind === 'payout') &&
      merchantStatus !== undefined &&
      !FINAL.includes(merchantStatus) &&
      query
        ? eventFor(provider, query)
        : undefined;
    if (!event) {
      repaired.push(item);
      continue;
    }
    const response = await handleVerifiedEvent(runtime, provider, event, handler);
    const outcome = OUTCOMES[response.outcome] ?? 'failed';
    if (outcome === 'applied' || outcome === 'duplicate') {
      await runtime.index.remember(item.kind as 'charge' | 'payout', item.reference, {
        provider: provider.id,
        status: String(event.status),
        money: event.money,
      });
    }
    repaired.push({ ...item, repair: { to: String(event.status), outcome } });
  }
  return repaired;
}
