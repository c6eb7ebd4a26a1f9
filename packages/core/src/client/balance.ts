import type { Balance } from '../resources/balance.js';
import { validateInput } from '../validation/validate-input.js';
import type { CallOptions } from './call-options.js';
import { executeRead } from './execute-read.js';
import { pickProvider } from './pick-provider.js';
import type { Runtime } from './runtime.js';

/** Which balance `balance.retrieve` reads. */
export interface BalanceQuery {
  /** ISO 4217 code of the balance, e.g. `IDR`. */
  readonly currency: string;
  /** Provider id; default the first provider routed for `currency`. */
  readonly provider?: string;
}

/** `paymux.balance`: the merchant account's balance at one provider. */
export interface BalanceApi {
  /**
   * The balance in `query.currency` at one provider (never summed across providers).
   * Throws `UnsupportedError` when the named provider does not offer balances in that
   * currency, or no provider does. Retried when retryable, never failed over.
   */
  retrieve(query: BalanceQuery, options?: CallOptions): Promise<Balance>;
}

export function balanceApi(runtime: Runtime): BalanceApi {
  return {
    async retrieve(query, options = {}) {
      const input = validateInput('getBalance', { currency: query.currency });
      const provider = pickProvider(runtime, 'balance', {
        currency: input.currency,
        ...(query.provider === undefined ? {} : { provider: query.provider }),
      });
      return executeRead(
        runtime,
        provider,
        'getBalance',
        (ctx) => provider.getBalance(input, ctx),
        options.signal,
      );
    },
  };
}
