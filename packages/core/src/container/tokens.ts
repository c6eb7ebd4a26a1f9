import type { PaymentProvider, PaymuxOptions, Store } from '@paymux/core';
import type { ServiceIdentifier } from 'inversify';

/** Multi-binding: every `PaymentProvider` the client registers, in binding order. */
export const PAYMUX_PROVIDER: ServiceIdentifier<PaymentProvider> = Symbol.for('paymux.provider');
/** Optional: the `Store`; default a `MemoryStore`. */
export const PAYMUX_STORE: ServiceIdentifier<Store> = Symbol.for('paymux.store');
/** Optional: every other client option. */
export const PAYMUX_OPTIONS: ServiceIdentifier<PaymuxContainerOptions> =
  Symbol.for('paymux.options');

/**
 * What may be bound under `PAYMUX_OPTIONS`: every {@link PaymuxOptions} field except
 * `providers` and `store`, which come from their own bindings.
 */
export type PaymuxContainerOptions = Omit<PaymuxOptions, 'providers' | 'store'>;
