import type { ProviderFeature } from '../contract/capabilities.js';
import type { PaymentProvider } from '../contract/provider.js';
import type { ReferenceKind } from '../store/reference-index.js';
import type { Runtime } from './runtime.js';

/**
 * Providers that may hold the object `reference`: the one the reference index, the
 * idempotency record or (payouts) the batch item index names, else every registered provider offering `feature` (tried
 * in registration order by the caller until one knows the reference).
 */
export async function providersHolding(
  runtime: Runtime,
  kind: ReferenceKind,
  reference: string,
  operationKey: string,
  feature: ProviderFeature,
): Promise<PaymentProvider[]> {
  const known =
    (await runtime.index.lookup(kind, reference))?.provider ??
    (await runtime.ledger.peek(operationKey))?.provider ??
    (kind === 'payout' ? (await runtime.batchIndex.find(reference))?.provider : undefined);
  const registered = runtime.router.providers;
  if (known !== undefined) {
    const provider = registered.find((candidate) => candidate.id === known);
    if (provider) return [provider];
  }
  return registered.filter((provider) => provider.capabilities.features.includes(feature));
}
