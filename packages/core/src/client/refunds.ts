import type { CreateRefundInput } from '../contract/inputs.js';
import { NotFoundError, UnsupportedError } from '../errors/error-classes.js';
import type { Refund } from '../resources/refund.js';
import { operationKey } from '../store/idempotency.js';
import { validateInput } from '../validation/validate-input.js';
import type { CallOptions } from './call-options.js';
import { executeRead } from './execute-read.js';
import { executeWrite } from './execute-write.js';
import { findFirst } from './find-first.js';
import { providersHolding } from './locate-provider.js';
import { moneyDifferences, valueDifference } from './mismatch.js';
import type { Runtime } from './runtime.js';

/** `paymux.refunds`: give money back from paid charges. */
export interface RefundsApi {
  /**
   * Refunds part or all of a charge at the provider that holds it (never another one).
   * Once per `reference`, like `charges.create`; an ambiguous failure is resolved by
   * reading the charge and looking for the refund's reference.
   *
   * Throws `ValidationError` for bad input (nothing sent), `NotFoundError` when no registered
   * provider knows `chargeReference`, `UnsupportedError` when the holder does not offer
   * refunds (or partial refunds, for less than the charge), and the provider's refusal
   * otherwise (e.g. `InvalidStateError` for an unpaid charge). Emits `refund.created`.
   *
   * @example
   * ```ts
   * const refund = await paymux.refunds.create({
   *   chargeReference: 'order-1001',
   *   reference: 'order-1001-refund-1',
   *   money: { amount: 5_000_000n, currency: 'IDR' }, // Rp 50.000 of the Rp 150.000 paid
   *   reason: 'one item out of stock',
   * });
   * if (refund.status === 'pending') {
   *   // not final yet: charges.retrieve('order-1001') later shows it in `refunds`
   * }
   * ```
   */
  create(input: CreateRefundInput, options?: CallOptions): Promise<Refund>;
}

export function refundsApi(runtime: Runtime): RefundsApi {
  return {
    async create(raw, options = {}) {
      const input = validateInput('refund', raw);
      const { reference, chargeReference } = input;
      const holders = await providersHolding(
        runtime,
        'charge',
        chargeReference,
        operationKey.charge(chargeReference),
        'charge',
      );
      let holder = holders.length === 1 ? holders[0] : undefined;
      let chargeMoney = (await runtime.index.lookup('charge', chargeReference))?.money;
      if (!holder) {
        const found = await findFirst(holders, chargeReference, (candidate) =>
          executeRead(runtime, candidate, 'getCharge', (ctx) =>
            candidate.getCharge({ reference: chargeReference }, ctx),
          ),
        );
        holder = found.provider;
        chargeMoney = found.value.money;
        await runtime.index.remember('charge', chargeReference, {
          provider: holder.id,
          status: found.value.status,
          money: found.value.money,
        });
      }
      const provider = holder;
      const { features } = provider.capabilities;
      const partial = chargeMoney !== undefined && input.money.amount < chargeMoney.amount;
      if (!features.includes('refund') || (partial && !features.includes('partial_refund'))) {
        throw new UnsupportedError(
          `${provider.id} does not support ${partial ? 'partial refunds' : 'refunds'}`,
          { provider: provider.id, reference },
        );
      }
      return executeWrite<Refund>(runtime, {
        operation: 'refund',
        findOperation: 'getCharge',
        key: operationKey.refund(chargeReference, reference),
        reference,
        candidates: () => [provider],
        send: (target, ctx) => target.refund(input, ctx),
        find: async (target, ctx) => {
          const charge = await target.getCharge({ reference: chargeReference }, ctx);
          const refund = charge.refunds.find((candidate) => candidate.reference === reference);
          if (!refund) {
            throw new NotFoundError(`Charge ${chargeReference} has no refund ${reference}`, {
              provider: target.id,
              reference,
            });
          }
          return refund;
        },
        differences: (result) => [
          ...valueDifference('chargeReference', chargeReference, result.chargeReference),
          ...moneyDifferences(input.money, result.money),
        ],
        created: async (refund) => {
          runtime.emitter.emit('refund.created', refund);
        },
        ...(options.signal ? { signal: options.signal } : {}),
      });
    },
  };
}
