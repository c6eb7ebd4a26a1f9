import type { CreateChargeInput } from '../contract/inputs.js';
import type { Charge } from '../resources/charge.js';
import { operationKey } from '../store/idempotency.js';
import { validateInput } from '../validation/validate-input.js';
import type { CallOptions } from './call-options.js';
import { executeRead } from './execute-read.js';
import { executeWrite } from './execute-write.js';
import { findFirst } from './find-first.js';
import { providersHolding } from './locate-provider.js';
import { moneyDifferences } from './mismatch.js';
import type { Runtime } from './runtime.js';

/** `paymux.charges`: take money from payers. */
export interface ChargesApi {
  /**
   * Creates a charge once per `reference`: retries and later calls reuse one idempotency
   * key, a second call after success returns the stored charge without a provider call.
   *
   * The input is validated first (`ValidationError` naming the field, nothing sent), then
   * routed to the first capable provider (`UnsupportedError` when none serves the country,
   * currency and method). An ambiguous failure is resolved by querying `reference`, never by
   * resending blindly; only a refusal that proves nothing happened fails over to the next
   * provider. Reusing `reference` for another amount or currency throws `InvalidStateError`.
   * When the outcome stays unknown it throws `UnknownOutcomeError`: call `create` again with
   * the same input (it queries first) or `retrieve` later — never a new reference.
   * The charge is usually `pending` with a `nextAction` to show the payer; its final status
   * arrives by webhook or `retrieve`. Emits `charge.created`.
   *
   * @example
   * ```ts
   * import { fromMajor, PaymuxError } from '@paymux/core';
   *
   * try {
   *   const charge = await paymux.charges.create({
   *     reference: 'order-2001',
   *     money: fromMajor('450.00', 'THB'), // ฿450.00 = 45_000n satang
   *     country: 'TH',
   *     method: { type: 'qr' },
   *     customer: { name: 'Somchai', email: 'somchai@example.com', phone: '081 234 5678' },
   *     notifyUrl: 'https://shop.example.com/hooks/paymux',
   *   });
   *   console.log(charge.status, charge.nextAction);
   * } catch (error) {
   *   if (PaymuxError.isInstance(error) && error.code === 'validation') {
   *     console.error(`fix ${error.field}: ${error.message}`); // nothing was sent
   *   } else throw error;
   * }
   * ```
   */
  create(input: CreateChargeInput, options?: CallOptions): Promise<Charge>;
  /**
   * The charge from the provider that holds it (from the reference index, else each provider
   * offering charges in turn); emits `charge.updated` on a status change. Throws
   * `NotFoundError` when no registered provider knows `reference`. Reads are retried, never failed over.
   */
  retrieve(reference: string, options?: CallOptions): Promise<Charge>;
}

export function chargesApi(runtime: Runtime): ChargesApi {
  return {
    create(raw, options = {}) {
      return Promise.resolve().then(() => {
        const input = validateInput('createCharge', raw);
        const { reference } = input;
        return executeWrite<Charge>(runtime, {
          operation: 'createCharge',
          findOperation: 'getCharge',
          key: operationKey.charge(reference),
          reference,
          candidates: () =>
            runtime.router.route({
              feature: 'charge',
              country: input.country,
              currency: input.money.currency,
              method: input.method.type,
            }),
          send: (provider, ctx) => provider.createCharge(input, ctx),
          find: (provider, ctx) => provider.getCharge({ reference }, ctx),
          differences: (result) => moneyDifferences(input.money, result.money),
          created: async (charge, provider) => {
            await runtime.index.remember('charge', reference, {
              provider: provider.id,
              status: charge.status,
              money: charge.money,
            });
            runtime.emitter.emit('charge.created', charge);
          },
          ...(options.signal ? { signal: options.signal } : {}),
        });
      });
    },

    async retrieve(reference, options = {}) {
      validateInput('getCharge', { reference });
      const providers = await providersHolding(
        runtime,
        'charge',
        reference,
        operationKey.charge(reference),
        'charge',
      );
      const previous = await runtime.index.lookup('charge', reference);
      const { value: charge, provider } = await findFirst(providers, reference, (candidate) =>
        executeRead(
          runtime,
          candidate,
          'getCharge',
          (ctx) => candidate.getCharge({ reference }, ctx),
          options.signal,
        ),
      );
      await runtime.index.remember('charge', reference, {
        provider: provider.id,
        status: charge.status,
        money: charge.money,
      });
      if (previous && previous.status !== charge.status) {
        runtime.emitter.emit('charge.updated', {
          charge,
          previousStatus: previous.status as Charge['status'],
        });
      }
      return charge;
    },
  };
}
