import type { CreatePayoutBatchInput, CreatePayoutInput } from '../contract/inputs.js';
import { PaymuxError } from '../errors/paymux-error.js';
import type { Payout, PayoutBatchItemResult, PayoutBatchResult } from '../resources/payout.js';
import { isAmbiguousWriteFailure } from '../retry/classify.js';
import { operationKey } from '../store/idempotency.js';
import { validateInput } from '../validation/validate-input.js';
import { batchItemFacts } from './batch-items.js';
import type { CallOptions } from './call-options.js';
import { executeRead } from './execute-read.js';
import { executeWrite } from './execute-write.js';
import { findFirst } from './find-first.js';
import { providersHolding } from './locate-provider.js';
import { createPayoutBatch, sendPayoutBatch } from './payout-batch.js';
import { payoutDifferences } from './payout-differences.js';
import { type StreamPayoutBatchInput, streamPayoutBatch } from './payout-stream.js';
import type { Runtime } from './runtime.js';

/** `paymux.payouts`: send money to bank accounts and e-wallets. */
export interface PayoutsApi {
  /**
   * Sends money once per `reference`; same guarantees as `charges.create`: validation before
   * anything is sent, an ambiguous failure resolved by querying `reference`, failover only
   * when nothing happened, `InvalidStateError` when `reference` was used for another amount,
   * currency or destination, `UnknownOutcomeError` when the outcome stays unknown (retry
   * with the same input, never a new reference). The payout is usually `processing`; its
   * final status arrives by webhook or `retrieve`. Emits `payout.created`.
   *
   * @example
   * ```ts
   * import { money } from '@paymux/core';
   *
   * const payout = await paymux.payouts.create({
   *   reference: 'payout-7001',
   *   money: money.pkr('2500'), // PKR 2,500.00 = 250_000n paisa
   *   country: 'PK',
   *   destination: { type: 'bank_account', bank: 'SCBL', accountNumber: 'PK36 SCBL 0000 0011 2345 6702' },
   *   recipient: { name: 'Ayesha Khan', email: 'ayesha@example.pk', phone: '0300 1234567' },
   * });
   * console.log(payout.status); // 'processing' until the provider finishes
   * ```
   */
  create(input: CreatePayoutInput, options?: CallOptions): Promise<Payout>;
  /** The payout from the provider that holds it; emits `payout.updated` on a status change. */
  retrieve(reference: string, options?: CallOptions): Promise<Payout>;
  /**
   * Validates every item, then sends the batch to one provider in one call; items refused
   * as retryable without effect (busy) are then resent one by one with backoff.
   *
   * The batch is idempotent on its `reference` like a single create. Every item's reference
   * is indexed before the batch is sent, so a later `payouts.create` or `retrieve` of an item
   * asks the provider the batch went to first and never pays it twice. Items must share one currency and one country and have unique references
   * (`ValidationError` naming `items.<index>.<field>`, nothing sent). Resolves with one result
   * per item, in input order; an item failing alone does not reject the call. At most
   * {@link MAX_BATCH_ITEMS} items; for more, or to bound memory, use `streamBatch`.
   *
   * @example
   * ```ts
   * import { money } from '@paymux/core';
   *
   * const result = await paymux.payouts.createBatch({
   *   reference: 'payroll-2026-11',
   *   items: employees.map((e) => ({
   *     reference: `payroll-2026-11-${e.id}`,
   *     money: money.idr(e.salary), // e.salary: '7500000' (major units, as a string)
   *     country: 'ID',
   *     destination: { type: 'bank_account', bank: e.bankCode, accountNumber: e.account },
   *     recipient: { name: e.name, email: e.email, phone: e.phone },
   *   })),
   * });
   * for (const item of result.items) {
   *   if (!item.ok) console.error(item.reference, item.error.code, item.error.message);
   * }
   * ```
   */
  createBatch(input: CreatePayoutBatchInput, options?: CallOptions): Promise<PayoutBatchResult>;
  /**
   * A batch of any size (100,000 items and more) from an iterable or async iterable, sent in
   * chunks through `createBatch` with bounded memory and concurrency; each item's result is
   * yielded as soon as its chunk is resolved. `payout_batch.progress` reports each chunk.
   *
   * Results come in completion order; `index` is the item's position in `items`. An invalid
   * item (bad field, second currency or country, repeated reference) is yielded as a
   * `ValidationError` naming `items.<index>.<field>` and not sent; a chunk that fails as a
   * whole yields its error for each of its items. Chunk `n` goes out as the batch
   * `${reference}-${n}`, idempotent like any `createBatch`.
   *
   * @example
   * ```ts
   * import { money } from '@paymux/core';
   *
   * async function* rows() {
   *   // e.g. read a CSV or a database cursor lazily
   *   yield {
   *     reference: 'refunds-0001',
   *     money: money.thb('120.50'),
   *     country: 'TH',
   *     destination: { type: 'ewallet' as const, bank: 'TRUEMONEY', accountNumber: '0812345678' },
   *     recipient: { name: 'Malee', email: 'malee@example.com', phone: '081 234 5678' },
   *   };
   * }
   * let failed = 0;
   * for await (const item of paymux.payouts.streamBatch({ reference: 'refunds-2026-11-27', items: rows() })) {
   *   if (!item.ok) failed += 1;
   * }
   * ```
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
        // Sent in a batch (no record of its own): query it where its chunk went, adopt it.
        earlier: async () => {
          const facts = await batchItemFacts(runtime, reference);
          return facts && !facts.refused ? facts.provider : undefined;
        },
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
      const previous =
        (await runtime.index.lookup('payout', reference)) ??
        (await batchStatus(runtime, reference));
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
      return streamPayoutBatch(
        runtime,
        async (batch, o) => {
          // Items were validated as they were read; the chunk's own fields are checked here.
          validateInput('getPayout', { reference: batch.reference });
          const [first] = batch.items;
          if (batch.notifyUrl !== undefined && first) {
            validateInput('createPayout', { ...first, notifyUrl: batch.notifyUrl });
          }
          const result = await sendPayoutBatch(runtime, batch, o);
          return resendRefusedItems(result, batch, (item) => this.create(item, o));
        },
        input,
        options,
      );
    },

    async createBatch(input, options = {}) {
      const result = await createPayoutBatch(runtime, input, options);
      return resendRefusedItems(result, input, (item) => this.create(item, options));
    },
  };
}

/** The status a batch recorded for one of its items, as the reference index would. */
async function batchStatus(runtime: Runtime, reference: string) {
  const item = (await batchItemFacts(runtime, reference))?.item;
  return item?.state === 'created' ? { status: item.status } : undefined;
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
