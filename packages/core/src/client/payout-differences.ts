import type { CreatePayoutInput } from '../contract/inputs.js';
import type { PayoutDestination } from '../contract/method.js';
import type { Normalized } from '../contract/provider.js';
import type { Payout } from '../resources/payout.js';
import { destinationDifferences, moneyDifferences } from './mismatch.js';
import type { Runtime } from './runtime.js';

/**
 * What differs between a payout request and a payout found under its reference: money and
 * currency, and the destination when the found payout names one. Both destinations are put
 * in the form the payout's provider sends (`canonicalPayoutDestination`), so `BCA` and
 * `014`, or an account number with and without dashes, compare equal.
 */
export function payoutDifferences(
  runtime: Runtime,
  input: Normalized<CreatePayoutInput>,
  found: Payout,
): string[] {
  const out = moneyDifferences(input.money, found.money);
  if (found.destination === undefined) return out;
  const provider = runtime.router.providers.find((candidate) => candidate.id === found.provider);
  const canonical = (destination: PayoutDestination): PayoutDestination => {
    const hook = provider?.canonicalPayoutDestination;
    if (!hook) return destination;
    try {
      return hook.call(provider, { ...input, destination });
    } catch {
      return destination;
    }
  };
  return [
    ...out,
    ...destinationDifferences(canonical(input.destination), canonical(found.destination)),
  ];
}
