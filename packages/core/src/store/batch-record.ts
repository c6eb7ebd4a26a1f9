import type { CreatePayoutInput } from '../contract/inputs.js';
import type { Normalized } from '../contract/provider.js';
import { UnknownOutcomeError } from '../errors/error-classes.js';
import type { ErrorCode } from '../errors/error-code.js';
import { PaymuxError } from '../errors/paymux-error.js';
import type {
  PayoutBatchItemResult,
  PayoutBatchResult,
  PayoutStatus,
} from '../resources/payout.js';

/**
 * The stored outcome of one batch chunk (the `outcome` of its `payout_batch:` idempotency
 * record), one text line per item instead of a `Payout` object each:
 * `<reference> + <providerReference> <amount> <status letter>` created (`P` pending, `R`
 * processing, `S` succeeded, `F` failed), `<reference> ?` outcome
 * unknown, `<reference> x <code>` refused (`r` when retryable; nothing happened). References are
 * `[A-Za-z0-9_-]`, provider references are URI-encoded, amounts are exact decimal integers
 * of minor units: about 40 bytes per item instead of ~1 KB.
 */
export interface StoredBatchOutcome {
  readonly object: 'payout_batch_record';
  readonly provider: string;
  readonly reference: string;
  readonly currency: string;
  readonly items: string;
}

/** One item of a stored chunk outcome. */
export type StoredBatchItem =
  | {
      readonly reference: string;
      readonly state: 'created';
      readonly providerReference: string;
      readonly amount: bigint;
      readonly status: PayoutStatus;
    }
  | { readonly reference: string; readonly state: 'unknown' }
  | {
      readonly reference: string;
      readonly state: 'refused';
      readonly code: string;
      readonly retryable: boolean;
    };

export function isStoredBatchOutcome(value: unknown): value is StoredBatchOutcome {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { object?: unknown }).object === 'payout_batch_record'
  );
}

/** Status letters in a line (a status without one is written as it is). */
const STATUS_LETTERS: Readonly<Record<string, string>> = {
  pending: 'P',
  processing: 'R',
  succeeded: 'S',
  failed: 'F',
};
const LETTER_STATUSES: Readonly<Record<string, PayoutStatus>> = {
  P: 'pending',
  R: 'processing',
  S: 'succeeded',
  F: 'failed',
};

function itemLine(item: PayoutBatchItemResult): string {
  if (item.ok) {
    const { payout } = item;
    const status = STATUS_LETTERS[payout.status] ?? payout.status;
    return `${item.reference} + ${encodeURIComponent(payout.providerReference) || '-'} ${payout.money.amount} ${status}`;
  }
  const { error } = item;
  if (error.code === 'unknown_outcome' || error.outcomeUnknown === true)
    return `${item.reference} ?`;
  return `${item.reference} ${error.retryable ? 'r' : 'x'} ${error.code}`;
}

export function encodeBatchOutcome(
  result: PayoutBatchResult,
  currency: string,
): StoredBatchOutcome {
  return {
    object: 'payout_batch_record',
    provider: result.provider,
    reference: result.reference,
    currency,
    items: [...result.items]
      .sort((a, b) => a.index - b.index)
      .map(itemLine)
      .join('\n'),
  };
}

function parseLine(line: string): StoredBatchItem | undefined {
  const [reference, mark, a, b, c] = line.split(' ');
  if (!reference) return undefined;
  if (mark === '+' && a !== undefined && b !== undefined && c !== undefined) {
    return {
      reference,
      state: 'created',
      providerReference: a === '-' ? '' : decodeURIComponent(a),
      amount: BigInt(b),
      status: LETTER_STATUSES[c] ?? (c as PayoutStatus),
    };
  }
  if (mark === 'x' || mark === 'r') {
    return { reference, state: 'refused', code: a ?? 'provider_error', retryable: mark === 'r' };
  }
  return { reference, state: 'unknown' };
}

/** Every item of a stored chunk outcome, in the chunk's order. */
export function storedBatchItems(stored: StoredBatchOutcome): StoredBatchItem[] {
  const out: StoredBatchItem[] = [];
  for (const line of stored.items.split('\n')) {
    const item = parseLine(line);
    if (item) out.push(item);
  }
  return out;
}

/** The line of `reference` in a stored chunk outcome, without parsing the others. */
export function storedBatchItem(
  stored: StoredBatchOutcome,
  reference: string,
): StoredBatchItem | undefined {
  const text = `\n${stored.items}\n`;
  const at = text.indexOf(`\n${reference} `);
  if (at < 0) return undefined;
  return parseLine(text.slice(at + 1, text.indexOf('\n', at + 1)));
}

/**
 * The chunk's result rebuilt from its stored outcome and the request: created items become
 * `Payout`s (amount and status as recorded, destination as asked); an item refused or of
 * unknown outcome gets an error saying so (a refused one may be sent again under the same
 * reference; an unknown one is queried by the next create with its reference).
 */
export function decodeBatchOutcome(
  stored: StoredBatchOutcome,
  asked: readonly Normalized<CreatePayoutInput>[],
): PayoutBatchResult {
  const items = storedBatchItems(stored).map((item, index): PayoutBatchItemResult => {
    const { reference } = item;
    if (item.state === 'created') {
      const destination = asked[index]?.destination;
      return {
        index,
        reference,
        ok: true,
        payout: {
          object: 'payout',
          provider: stored.provider,
          reference,
          providerReference: item.providerReference,
          money: { amount: item.amount, currency: stored.currency },
          status: item.status,
          ...(destination === undefined ? {} : { destination }),
        },
      };
    }
    const error =
      item.state === 'unknown'
        ? new UnknownOutcomeError(
            `The outcome of batch item ${reference} is unknown; query it by reference`,
            { provider: stored.provider, reference },
          )
        : new PaymuxError(
            item.code as ErrorCode,
            `Batch item ${reference} was refused (${item.code}); nothing was paid`,
            { retryable: item.retryable, reference, provider: stored.provider },
          );
    return { index, reference, ok: false, error };
  });
  return { object: 'payout_batch', provider: stored.provider, reference: stored.reference, items };
}
