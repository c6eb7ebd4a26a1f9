import type { CreatePayoutInput } from '../contract/inputs.js';
import type { Normalized, NormalizedPayoutBatch } from '../contract/provider.js';
import { ValidationError } from '../errors/error-classes.js';
import { PaymuxError } from '../errors/paymux-error.js';
import type { PayoutBatchItemResult, PayoutBatchResult } from '../resources/payout.js';
import { MAX_BATCH_ITEMS } from '../validation/operation-schemas.js';
import { validateInput } from '../validation/validate-input.js';
import type { CallOptions } from './call-options.js';
import type { Runtime } from './runtime.js';
import { SeenReferences } from './seen-references.js';

/** A payout batch of any size, read from an (async) iterable and sent in chunks. */
export interface StreamPayoutBatchInput {
  /** The merchant's id for the whole batch; chunk `n` (from 1) is sent as `${reference}-${n}`. */
  readonly reference: string;
  /** Read lazily: at most `concurrency × chunkSize` items are held at any time. */
  readonly items: Iterable<CreatePayoutInput> | AsyncIterable<CreatePayoutInput>;
  /** Passed to every chunk: where the provider posts item webhooks for items without their own `notifyUrl`. */
  readonly notifyUrl?: string;
  /** Items per `createBatch` call. Default 500. */
  readonly chunkSize?: number;
  /** `createBatch` calls in flight. Default 4. */
  readonly concurrency?: number;
}

type SendChunk = (input: NormalizedPayoutBatch, options: CallOptions) => Promise<PayoutBatchResult>;

interface Chunk {
  /** Validated (normalized) items: a chunk is not validated a second time. */
  readonly items: Normalized<CreatePayoutInput>[];
  /** Position in the source of each item of the chunk. */
  readonly indices: number[];
}

interface Settled {
  readonly key: Promise<Settled>;
  readonly results: PayoutBatchItemResult[];
  readonly provider: string | undefined;
}

function positiveInteger(value: number | undefined, fallback: number, field: string, max: number) {
  const n = value ?? fallback;
  if (!Number.isSafeInteger(n) || n < 1 || n > max) {
    throw new ValidationError(`${field} must be an integer from 1 to ${max}`, {
      field,
      rule: 'range',
    });
  }
  return n;
}

/** The same refusal with `field` as a path in the stream (`items.41.recipient.phone`). */
function atIndex(error: ValidationError, index: number): ValidationError {
  return new ValidationError(`items.${index}: ${error.message}`, {
    field: `items.${index}.${error.field ?? '(item)'}`,
    ...(error.rule === undefined ? {} : { rule: error.rule }),
    reference: error.reference,
    cause: error,
  });
}

/**
 * The next item of a sync or async iterable. A sync source (an array, a generator) is read
 * without a promise per item; a promise it yields is awaited, as `for await` would.
 */
function reader<T>(
  items: Iterable<T> | AsyncIterable<T>,
): () => Promise<IteratorResult<T>> | IteratorResult<T> {
  if (typeof (items as Iterable<T>)[Symbol.iterator] === 'function') {
    const it = (items as Iterable<T>)[Symbol.iterator]();
    return () => {
      const next = it.next();
      return !next.done && next.value instanceof Promise
        ? next.value.then((value: T) => ({ done: false, value }))
        : next;
    };
  }
  const it = (items as AsyncIterable<T>)[Symbol.asyncIterator]();
  return () => it.next();
}

/**
 * Sends a payout batch of any size with bounded memory and concurrency, yielding each item's
 * result as soon as its chunk is resolved (in completion order; `index` is the item's
 * position in `items`). Every item is validated before anything is sent: a bad item, a
 * second currency or country, or a repeated reference yields a `ValidationError` naming
 * `items.<index>.<field>` and is not sent. Each chunk goes through `payouts.createBatch`
 * (idempotency record, reconcile on an ambiguous outcome, busy items resent), so a chunk
 * is never sent twice; a chunk that fails as a whole yields its error for each of its items.
 * Emits `payout_batch.progress` with `reference` = the stream's reference after each chunk
 * (`total` = items read so far; final once the source is exhausted).
 */
export async function* streamPayoutBatch(
  runtime: Runtime,
  send: SendChunk,
  input: StreamPayoutBatchInput,
  options: CallOptions,
): AsyncGenerator<PayoutBatchItemResult, void, undefined> {
  validateInput('getPayout', { reference: input.reference });
  const chunkSize = positiveInteger(input.chunkSize, 500, 'chunkSize', MAX_BATCH_ITEMS);
  const concurrency = positiveInteger(input.concurrency, 4, 'concurrency', 64);
  const nextItem = reader(input.items);
  const seen = new SeenReferences();
  const inFlight = new Set<Promise<Settled>>();
  let first: { currency: string; country: string } | undefined;
  let read = 0;
  let done = 0;
  let chunks = 0;
  let exhausted = false;

  /** Reads up to one chunk of valid items; invalid ones land in `refused`. */
  const readChunk = async (refused: PayoutBatchItemResult[]): Promise<Chunk> => {
    const chunk: Chunk = { items: [], indices: [] };
    while (chunk.items.length < chunkSize) {
      let next = nextItem();
      if (next instanceof Promise) next = await next;
      if (next.done) {
        exhausted = true;
        break;
      }
      const index = read++;
      const item = next.value;
      const reference = typeof item?.reference === 'string' ? item.reference : '';
      try {
        const valid = validateInput('createPayout', item);
        first ??= { currency: valid.money.currency, country: valid.country };
        if (valid.money.currency !== first.currency) {
          throw new ValidationError('All batch items must use one currency', {
            field: 'money.currency',
            rule: 'sameCurrency',
          });
        }
        if (valid.country !== first.country) {
          throw new ValidationError('All batch items must be in one country', {
            field: 'country',
            rule: 'sameCountry',
          });
        }
        if (!seen.add(valid.reference)) {
          throw new ValidationError('Batch item references must be unique', {
            field: 'reference',
            rule: 'uniqueItems',
            reference: valid.reference,
          });
        }
        chunk.items.push(valid);
        chunk.indices.push(index);
      } catch (error) {
        if (!ValidationError.isInstance(error)) throw error;
        refused.push({ index, reference, ok: false, error: atIndex(error, index) });
      }
    }
    seen.seal();
    return chunk;
  };

  const launch = (chunk: Chunk) => {
    chunks += 1;
    const batch: NormalizedPayoutBatch = {
      reference: `${input.reference}-${chunks}`,
      items: chunk.items,
      ...(input.notifyUrl === undefined ? {} : { notifyUrl: input.notifyUrl }),
    };
    const key: Promise<Settled> = send(batch, options).then(
      (result) => ({
        key,
        provider: result.provider,
        results: result.items.map((r) => ({ ...r, index: chunk.indices[r.index] ?? r.index })),
      }),
      (error: unknown) => {
        if (!PaymuxError.isInstance(error)) throw error;
        return {
          key,
          provider: error.provider,
          results: chunk.items.map((item, i) => ({
            index: chunk.indices[i] as number,
            reference: item.reference,
            ok: false as const,
            error,
          })),
        };
      },
    );
    inFlight.add(key);
  };

  while (true) {
    while (!exhausted && inFlight.size < concurrency) {
      const refused: PayoutBatchItemResult[] = [];
      const chunk = await readChunk(refused);
      if (chunk.items.length > 0) launch(chunk);
      done += refused.length;
      yield* refused;
    }
    if (inFlight.size === 0) break;
    const settled = await Promise.race(inFlight);
    inFlight.delete(settled.key);
    done += settled.results.length;
    if (settled.provider !== undefined) {
      runtime.emitter.emit('payout_batch.progress', {
        provider: settled.provider,
        reference: input.reference,
        done,
        total: read,
      });
    }
    yield* settled.results;
  }
}
