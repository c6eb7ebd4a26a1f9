import type { PaymentProvider } from '../contract/provider.js';
import { NotFoundError } from '../errors/error-classes.js';
import { PaymuxError } from '../errors/paymux-error.js';

/**
 * Asks each provider in turn; a `not_found` moves on to the next, any other error stops.
 * Resolves with the first answer and the provider that gave it.
 */
export async function findFirst<T>(
  providers: readonly PaymentProvider[],
  reference: string,
  ask: (provider: PaymentProvider) => Promise<T>,
): Promise<{ value: T; provider: PaymentProvider }> {
  for (const provider of providers) {
    try {
      return { value: await ask(provider), provider };
    } catch (error) {
      if (PaymuxError.isInstance(error) && error.code === 'not_found') continue;
      throw error;
    }
  }
  throw new NotFoundError(`No registered provider knows ${reference}`, { reference });
}
