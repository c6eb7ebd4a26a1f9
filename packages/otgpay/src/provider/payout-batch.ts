import {
  type CreatePayoutInput,
  InvalidStateError,
  type Normalized,
  type NormalizedPayoutBatch,
  NotFoundError,
  PaymuxError,
  type PayoutBatchItemResult,
  type PayoutBatchResult,
  UnknownOutcomeError,
  ValidationError,
} from '@paymux/core';
import { mapOtgpayError } from '../client/error-mapping.js';
import type { OtgpayCallOptions, OtgpayClient } from '../client/otgpay-client.js';
import type { PayoutBatchItemData, PayoutSubmitRequest } from '../client/wire-types.js';
import { checkReference } from './check-reference.js';
import { mapBounded } from './map-bounded.js';
import type { MappingContext } from './mapping-context.js';
import { resolveNotifyUrl } from './notify-url.js';
import type { PayoutBatchProgress } from './payout-batch-progress.js';
import { payoutFromQuery, payoutFromSubmit } from './to-payout.js';
import { payoutRequest } from './to-wire-requests.js';

export interface PayoutBatchSettings {
  readonly client: OtgpayClient;
  readonly context: MappingContext;
  readonly call: OtgpayCallOptions;
  readonly maxBatchSize: number;
  readonly concurrency: number;
  readonly notifyUrl: string | false | undefined;
  readonly onProgress: ((progress: PayoutBatchProgress) => void) | undefined;
}

interface Prepared {
  readonly index: number;
  readonly item: Normalized<CreatePayoutInput>;
  readonly body: PayoutSubmitRequest;
}

type Chunk = { readonly batchId: string; readonly items: readonly Prepared[] };

function asPaymuxError(error: unknown): PaymuxError {
  if (PaymuxError.isInstance(error)) return error;
  throw error;
}

/** Validates every item locally; refused items get their result now and are not sent. */
function prepare(
  input: NormalizedPayoutBatch,
  settings: PayoutBatchSettings,
  results: PayoutBatchItemResult[],
): Prepared[] {
  const seen = new Set<string>();
  const prepared: Prepared[] = [];
  input.items.forEach((item, index) => {
    try {
      if (seen.has(item.reference)) {
        throw new ValidationError(`reference ${item.reference} appears twice in the batch`, {
          field: 'reference',
          rule: 'duplicate',
          reference: item.reference,
        });
      }
      seen.add(item.reference);
      // the batch's notifyUrl (checked in submitPayoutBatch) covers items without their own
      const body = payoutRequest(item, settings.context.adapter, false);
      prepared.push({ index, item, body });
    } catch (error) {
      if (!ValidationError.isInstance(error)) throw error;
      results[index] = {
        index,
        reference: item.reference,
        ok: false,
        error: inBatch(error, index),
      };
    }
  });
  return prepared;
}

/** The same refusal with `field` as a path in the batch input (`items.3.recipient.phone`). */
function inBatch(error: ValidationError, index: number): ValidationError {
  const field = `items.${index}.${error.field ?? '(item)'}`;
  return new ValidationError(`items.${index}: ${error.message}`, {
    field,
    ...(error.rule === undefined ? {} : { rule: error.rule }),
    ...(error.reference === undefined ? {} : { reference: error.reference }),
    ...(error.provider === undefined ? {} : { provider: error.provider }),
    ...(error.providerCode === undefined ? {} : { providerCode: error.providerCode }),
    ...(error.raw === undefined ? {} : { raw: error.raw }),
    cause: error,
  });
}

function split(reference: string, prepared: readonly Prepared[], size: number): Chunk[] {
  const count = Math.ceil(prepared.length / size);
  const chunks: Chunk[] = [];
  for (let n = 0; n < count; n += 1) {
    const batchId = count === 1 ? reference : `${reference}-${n + 1}`;
    checkReference(batchId, 'reference');
    chunks.push({ batchId, items: prepared.slice(n * size, (n + 1) * size) });
  }
  return chunks;
}

/**
 * `POST /api/payout/batch` for any number of items: split into requests of at most
 * `maxBatchSize` items (batchId = reference, or `${reference}-${n}` when split), at most
 * `concurrency` in flight, results in input order.
 *
 * A request whose outcome is unknown (timeout, reset, 1003) or whose batchId was already
 * used (an earlier attempt went through) is never resent: each of its items is looked up
 * with `GET /api/payout/{orderId}`; found → ok, anything else → `UnknownOutcomeError`
 * naming the item's reference, for the caller to reconcile.
 */
export async function submitPayoutBatch(
  input: NormalizedPayoutBatch,
  settings: PayoutBatchSettings,
): Promise<PayoutBatchResult> {
  const { context } = settings;
  checkReference(input.reference, 'reference');
  const everyItemHasOne = input.items.every((item) => item.notifyUrl !== undefined);
  const notifyUrl = everyItemHasOne
    ? (input.notifyUrl ?? (settings.notifyUrl || undefined))
    : resolveNotifyUrl(input.notifyUrl, settings.notifyUrl);
  const results = new Array<PayoutBatchItemResult>(input.items.length);
  const prepared = prepare(input, settings, results);
  const chunks = split(input.reference, prepared, settings.maxBatchSize);
  const progress = {
    requestsDone: 0,
    itemsDone: input.items.length - prepared.length,
    succeeded: 0,
    failed: input.items.length - prepared.length,
  };

  await mapBounded(chunks, settings.concurrency, async (chunk) => {
    const outcomes = await sendChunk(chunk, notifyUrl, settings);
    chunk.items.forEach((entry, i) => {
      const outcome = outcomes[i] as PayoutBatchItemResult;
      results[entry.index] = outcome;
      if (outcome.ok) progress.succeeded += 1;
      else progress.failed += 1;
    });
    progress.requestsDone += 1;
    progress.itemsDone += chunk.items.length;
    const report = settings.onProgress;
    if (report) {
      try {
        report({
          provider: context.provider,
          reference: input.reference,
          batchId: chunk.batchId,
          requests: chunks.length,
          items: input.items.length,
          ...progress,
        });
      } catch {
        // a progress listener must never break the batch
      }
    }
  });

  return {
    object: 'payout_batch',
    provider: context.provider,
    reference: input.reference,
    items: results,
  };
}

async function sendChunk(
  chunk: Chunk,
  notifyUrl: string | undefined,
  settings: PayoutBatchSettings,
): Promise<PayoutBatchItemResult[]> {
  const { client, context, call } = settings;
  try {
    const data = await client.submitPayoutBatch(
      {
        batchId: chunk.batchId,
        items: chunk.items.map((entry) => entry.body),
        ...(notifyUrl === undefined ? {} : { notifyUrl }),
      },
      call,
    );
    const byOrderId = new Map<string, PayoutBatchItemData>();
    for (const result of data.results) byOrderId.set(result.orderId, result);
    // Items the answer leaves out, or refuses because their orderId is taken (an earlier
    // attempt or process created them), are looked up and adopted when they match.
    const unsettled = (entry: Prepared) => {
      const result = byOrderId.get(entry.body.orderId);
      return result === undefined || isDuplicateItem(result);
    };
    const looked = await lookUp(chunk.items.filter(unsettled), settings);
    return chunk.items.map((entry) => {
      if (unsettled(entry)) return looked.get(entry.index) as PayoutBatchItemResult;
      return itemResult(entry, byOrderId.get(entry.body.orderId) as PayoutBatchItemData, context);
    });
  } catch (error) {
    const failure = asPaymuxError(error);
    const ambiguous =
      failure.code === 'unknown_outcome' ||
      (failure.code === 'validation' && failure.rule === 'duplicate');
    if (!ambiguous) {
      return chunk.items.map((entry) => ({
        index: entry.index,
        reference: entry.item.reference,
        ok: false,
        error: failure,
      }));
    }
    const looked = await lookUp(chunk.items, settings);
    return chunk.items.map((entry) => looked.get(entry.index) as PayoutBatchItemResult);
  }
}

function itemResult(
  entry: Prepared,
  result: PayoutBatchItemData,
  context: MappingContext,
): PayoutBatchItemResult {
  const reference = entry.item.reference;
  if (result.error !== undefined && result.error !== '' && result.error !== '00000000') {
    const error = mapOtgpayError(
      result.error,
      result.msg ?? '',
      { kind: 'write', subject: 'payout', reference, provider: context.provider },
      { ...result },
    );
    const named = ValidationError.isInstance(error) ? inBatch(error, entry.index) : error;
    return { index: entry.index, reference, ok: false, error: named };
  }
  const payout = payoutFromSubmit(result, entry.item.money, entry.item.destination, context);
  return { index: entry.index, reference, ok: true, payout };
}

function isDuplicateItem(result: PayoutBatchItemData): boolean {
  return result.error === '1002' && /duplicate$/.test(result.msg ?? '');
}

/** Resolves items whose submission is uncertain by querying each one (never resending). */
async function lookUp(
  entries: readonly Prepared[],
  settings: PayoutBatchSettings,
): Promise<Map<number, PayoutBatchItemResult>> {
  const { client, context, call } = settings;
  const found = new Map<number, PayoutBatchItemResult>();
  await mapBounded(entries, Math.max(1, settings.concurrency * 2), async (entry) => {
    const reference = entry.item.reference;
    try {
      const data = await client.getPayout(reference, call);
      const queried = payoutFromQuery(data, context);
      const payout = queried.destination
        ? queried
        : { ...queried, destination: entry.item.destination };
      if (payout.money.amount !== entry.item.money.amount) {
        const error = new InvalidStateError(
          `payout ${reference}: reference already used for another payout ` +
            `(money: ${entry.item.money.amount} ${entry.item.money.currency} asked, ` +
            `${payout.money.amount} ${payout.money.currency} found); use a new reference`,
          { provider: context.provider, reference, field: 'reference', rule: 'unique' },
        );
        found.set(entry.index, { index: entry.index, reference, ok: false, error });
        return;
      }
      found.set(entry.index, { index: entry.index, reference, ok: true, payout });
    } catch (error) {
      const cause = asPaymuxError(error);
      const message = NotFoundError.isInstance(cause)
        ? `payout ${reference}: batch outcome unknown and OTGPAY does not list it (yet)`
        : `payout ${reference}: batch outcome unknown and the lookup failed`;
      const unknown = new UnknownOutcomeError(message, {
        provider: context.provider,
        ...(cause.providerCode === undefined ? {} : { providerCode: cause.providerCode }),
        reference,
        cause,
      });
      found.set(entry.index, { index: entry.index, reference, ok: false, error: unknown });
    }
  });
  return found;
}
