import {
  isStoredBatchOutcome,
  type StoredBatchItem,
  storedBatchItem,
} from '../store/batch-record.js';
import type { Runtime } from './runtime.js';

/** What the batch records say about one payout reference sent in a batch. */
export interface BatchItemFacts {
  /** The provider its chunk was sent to. */
  readonly provider: string;
  /** Its line in the chunk's record, once the chunk completed. */
  readonly item?: StoredBatchItem;
  /** True when nothing was paid: the item, or its whole chunk, was refused. */
  readonly refused: boolean;
}

/**
 * Looks `reference` up in the batch item index and its chunk's record. Undefined when no
 * batch sent it (or its entries expired).
 */
export async function batchItemFacts(
  runtime: Runtime,
  reference: string,
): Promise<BatchItemFacts | undefined> {
  const found = await runtime.batchIndex.find(reference);
  if (!found) return undefined;
  const chunk = await runtime.ledger.peek(found.chunk);
  if (chunk?.state === 'completed' && isStoredBatchOutcome(chunk.outcome)) {
    const item = storedBatchItem(chunk.outcome, reference);
    if (item) return { provider: found.provider, item, refused: item.state === 'refused' };
  }
  return { provider: found.provider, refused: chunk?.state === 'failed' };
}
