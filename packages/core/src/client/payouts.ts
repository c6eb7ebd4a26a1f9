import type { CreatePayoutBatchInput, CreatePayoutInput } from '../contract/inputs.js';
import { PaymuxError } from '../errors/paymux-error.js';
import type { Payout, PayoutBatchItemResult, PayoutBatchResult } from '../resources/payout.js';
import { isAmbiguousWriteFailure } from '../retry/classify.js';
import { operationKey } from '../store/idempotency.js';
import { validateInput } from '../validation/validate-input.js';
import type { CallOptions } from './call-options.js';
import { executeRead } from './execute-read.js';
import { executeWrite } from './execute-write.js';
import { findFirst } from './find-first.js';
import { providersHolding } from './locate-provider.js';
import { createPayoutBatch } from './payout-batch.js';
import { payoutDifferences } from './payout-differences.js';
import { type StreamPayoutBatchInput, streamPayoutBatch } from './payout-stream.js';
import type { Runtime } from './runtime.js';

export interface PayoutsApi {
  /** Sends money once per `reference`; same guarantees as `charges.create`. */
  create(input: CreatePayoutInput, options?: CallOptions): Promise<Payout>;
  /** The payout from the provider that holds it; emits `payout.updated` on a status change. */
  retrieve(reference: string, options?: CallOptions): Promise<Payout>;
  /**
   * Validates every item, then sends the batch to one provider in one call; items refused
   * as retryable without effect (busy) are then resent one by one with backoff.
   */
  createBatch(input: CreatePayoutBatchInput, options?: CallOptions): Promise<PayoutBatchResult>;
  /**
   * A batch of any size (100,000 items and more) from an iterable or async iterable, sent in
   * chunks through `createBatch` with bounded memory and concurrency; each item's result is
   * yielded as soon as its chunk is resolved. `payout_batch.progress` reports each chunk.
   */
  streamBatch(
    input: StreamPayoutBatchInput,
    options?: CallOptions,
  ): AsyncIterable<PayoutBatchItemResult>;
}

export function payoutsApi(runtime: Runtime): PayoutsApi {
  return {
    async create(raw, options = {}) {
      const input = validateInput('createPayout', raw);
      const { reference } = input;
      return executeWrite<Payout>(runtime, {
        operation: 'createPayout',
        findOperation: 'getPayout',
        key: operationKey.payout(reference),
        reference,
        candidates: () =>
          runtime.router.route({
            feature: 'payout',
            country: input.country,
            currency: input.money.currency,
          }),
        send: (provider, ctx) => provider.createPayout(input, ctx),
        find: (provider, ctx) => provider.getPayout({ reference }, ctx),
        differences: (result) => payoutDifferences(runtime, input, result),
        created: async (payout, provider) => {
          await runtime.index.remember('payout', reference, {
            provider: provider.id,
            status: payout.status,
            money: payout.money,
          });
          runtime.emitter.emit('payout.created', payout);
        },
        ...(options.signal ? { signal: options.signal } : {}),
      });
    },

    async retrieve(reference, options = {}) {
      validateInput('getPayout', { reference });
      const providers = await providersHolding(
        runtime,
        'payout',
        reference,
        operationKey.payout(reference),
        'payout',
      );
      const previous = await runtime.index.lookup('payout', reference);
      const { value: payout, provider } = await findFirst(providers, reference, (candidate) =>
        executeRead(
          runtime,
          candidate,
          'getPayout',
          (ctx) => candidate.getPayout({ reference }, ctx),
          options.signal,
        ),
      );
      await runtime.index.remember('payout', reference, {
        provider: provider.id,
        status: payout.status,
        money: payout.money,
      });
      if (previous && previous.status !== payout.status) {
        runtime.emitter.emit('payout.updated', {
          payout,
          previousStatus: previous.status as Payout['status'],
        });
      }
      return payout;
    },

    streamBatch(input, options = {}) {
      return streamPayoutBatch(runtime, (batch, o) => this.createBatch(batch, o), input, options);
    },

    async createBatch(input, options = {}) {
      const result = await createPayoutBatch(runtime, input, options);
      return resendRefusedItems(result, input, (item) => this.create(item, options));
    },
  };
}

/**
 * Items the provider refused without effect and marked retryable (a busy gateway, a request
 * never sent) go through `create` one by one: the same reference, backoff, reconcile and
 * routing as any payout. Items that failed for good or whose outcome is unknown stay as they are.
 */
async function resendRefusedItems(
  result: PayoutBatchResult,
  input: CreatePayoutBatchInput,
  create: (item: CreatePayoutInput) => Promise<Payout>,
): Promise<PayoutBatchResult> {
  const resend = result.items.filter(
    (item) => !item.ok && item.error.retryable && !isAmbiguousWriteFailure(item.error),
  );
  if (resend.length === 0) return result;
  const items = [...result.items];
  for (const item of resend) {
    const source = input.items[item.index];
    if (!source) continue;
    try {
      const payout = await create(source);
      items[item.index] = { index: item.index, reference: item.reference, ok: true, payout };
    } catch (error) {
      if (!PaymuxError.isInstance(error)) throw error;
      items[item.index] = { index: item.index, reference: item.reference, ok: false, error };
    }
  }
  return { ...result, items };
}
