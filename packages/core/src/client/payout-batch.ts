import type { CreatePayoutBatchInput } from '../contract/inputs.js';
import type {
  NormalizedPayoutBatch,
  OperationContext,
  PaymentProvider,
} from '../contract/provider.js';
import { NotFoundError, UnknownOutcomeError, ValidationError } from '../errors/error-classes.js';
import { PaymuxError } from '../errors/paymux-error.js';
import type { Payout, PayoutBatchItemResult, PayoutBatchResult } from '../resources/payout.js';
import {
  decodeBatchOutcome,
  encodeBatchOutcome,
  isStoredBatchOutcome,
} from '../store/batch-record.js';
import { operationKey } from '../store/idempotency.js';
import { validateInput } from '../validation/validate-input.js';
import type { CallOptions } from './call-options.js';
import { executeWrite } from './execute-write.js';
import { payoutDifferences } from './payout-differences.js';
import type { Runtime } from './runtime.js';

/** All items of one batch go to one provider: they must share currency and country. */
function checkHomogeneous(batch: NormalizedPayoutBatch): void {
  const [first] = batch.items;
  batch.items.forEach((item, index) => {
    if (item.money.currency !== first?.money.currency) {
      throw new ValidationError('All batch items must use one currency', {
        field: `items.${index}.money.currency`,
        rule: 'sameCurrency',
      });
    }
    if (item.country !== first?.country) {
      throw new ValidationError('All batch items must be in one country', {
        field: `items.${index}.country`,
        rule: 'sameCountry',
      });
    }
  });
  const seen = new Set<string>();
  batch.items.forEach((item, index) => {
    if (seen.has(item.reference)) {
      throw new ValidationError('Batch item references must be unique', {
        field: `items.${index}.reference`,
        rule: 'uniqueItems',
      });
    }
    seen.add(item.reference);
  });
}

const QUERY_CONCURRENCY = 8;

/**
 * Reconciles an ambiguous batch item by item: every item found → the batch happened;
 * none found → it did not (may be resent with the same key); some → unknown.
 */
async function findBatch(
  provider: PaymentProvider,
  batch: NormalizedPayoutBatch,
  ctx: OperationContext,
): Promise<PayoutBatchResult> {
  const found: Array<Payout | undefined> = new Array(batch.items.length);
  let next = 0;
  const worker = async () => {
    while (next < batch.items.length) {
      const index = next++;
      const reference = batch.items[index]?.reference ?? '';
      try {
        found[index] = await provider.getPayout({ reference }, ctx);
      } catch (error) {
        if (!(PaymuxError.isInstance(error) && error.code === 'not_found')) throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: QUERY_CONCURRENCY }, worker));
  const count = found.filter(Boolean).length;
  if (count === 0) {
    throw new NotFoundError(`No item of batch ${batch.reference} exists`, {
      provider: provider.id,
      reference: batch.reference,
    });
  }
  if (count < batch.items.length) {
    throw new UnknownOutcomeError(
      `Only ${count} of ${batch.items.length} items of batch ${batch.reference} exist`,
      { provider: provider.id, reference: batch.reference },
    );
  }
  const items: PayoutBatchItemResult[] = found.map((payout, index) => ({
    index,
    reference: batch.items[index]?.reference ?? '',
    ok: true,
    payout: payout as Payout,
  }));
  return { object: 'payout_batch', provider: provider.id, reference: batch.reference, items };
}

export function createPayoutBatch(
  runtime: Runtime,
  raw: CreatePayoutBatchInput,
  options: CallOptions,
): Promise<PayoutBatchResult> {
  return sendPayoutBatch(runtime, validateInput('createPayoutBatch', raw), options);
}

/**
 * A validated batch (`createPayoutBatch` validates; `streamBatch` validated each item as it
 * read it, so its chunks come here without a second validation and a second copy).
 */
export async function sendPayoutBatch(
  runtime: Runtime,
  batch: NormalizedPayoutBatch,
  options: CallOptions,
): Promise<PayoutBatchResult> {
  checkHomogeneous(batch);
  const [first] = batch.items;
  const total = batch.items.length;
  const key = operationKey.payoutBatch(batch.reference);
  const currency = first?.money.currency ?? '';
  const indexed = new Set<string>();
  return executeWrite<PayoutBatchResult>(runtime, {
    operation: 'createPayoutBatch',
    findOperation: 'getPayout',
    key,
    reference: batch.reference,
    candidates: () =>
      runtime.router.route({
        feature: 'payout_batch',
        ...(first ? { country: first.country, currency: first.money.currency } : {}),
      }),
    send: async (provider, ctx) => {
      // Before anything is sent: a later create with an item's reference finds this chunk
      // (and queries there first), even if this process dies mid-request.
      if (!indexed.has(provider.id)) {
        await runtime.batchIndex.add(
          key,
          provider.id,
          batch.items.map((item) => item.reference),
        );
        indexed.add(provider.id);
      }
      runtime.emitter.emit('payout_batch.progress', {
        provider: provider.id,
        reference: batch.reference,
        done: 0,
        total,
      });
      return provider.createPayoutBatch(batch, ctx);
    },
    find: (provider, ctx) => findBatch(provider, batch, ctx),
    // One line per item in the chunk's record (no record per item): ~40 bytes, not ~2 KB.
    stored: {
      encode: (result) => encodeBatchOutcome(result, currency),
      decode: (stored) =>
        isStoredBatchOutcome(stored)
          ? decodeBatchOutcome(stored, batch.items)
          : (stored as PayoutBatchResult),
    },
    differences: (result) => {
      if (result.items.length !== total) {
        return [`items: ${total} asked, ${result.items.length} found`];
      }
      return result.items.flatMap((item, index) => {
        const asked = batch.items[index];
        if (!asked) return [];
        if (item.reference !== asked.reference) {
          return [`items.${index}.reference: ${asked.reference} asked, ${item.reference} found`];
        }
        return item.ok
          ? payoutDifferences(runtime, asked, item.payout).map((d) => `items.${index}.${d}`)
          : [];
      });
    },
    created: async (result, provider) => {
      // The chunk's record holds every item's outcome; a later create with an item's
      // reference finds it through the batch item index and queries it there.
      for (const item of result.items) {
        if (item.ok) runtime.emitter.emit('payout.created', item.payout);
      }
      runtime.emitter.emit('payout_batch.progress', {
        provider: provider.id,
        reference: batch.reference,
        done: total,
        total,
      });
    },
    ...(options.signal ? { signal: options.signal } : {}),
  });
}
