import { fnv1a } from './fnv1a.js';
import type { Store } from './store.js';

/** Store key prefix of the batch item index (`bref:payout:1f` heads, `bref:payout:1f:0` pages). */
export const BATCH_INDEX_PREFIX = 'bref:';

/** Buckets of the index: a chunk of 500 items writes at most this many pages. */
const BUCKETS = 64;
/** A page is closed and the next one started once it holds this many characters. */
const PAGE_CHARS = 32_768;

/** Where a batch item was sent: the chunk whose record holds its outcome, and the provider. */
export interface BatchItemLocation {
  /** Operation key of the chunk (`payout_batch:<chunk reference>`), its idempotency record. */
  readonly chunk: string;
  readonly provider: string;
}

/** FNV-1a of the reference, as a two-digit hex bucket. */
function bucketOf(reference: string): string {
  return (fnv1a(reference) % BUCKETS).toString(16).padStart(2, '0');
}

/**
 * Item reference → the batch chunk that sent it, in a few compact entries instead of one
 * per item: references are hashed into 64 buckets; each bucket is a head (`bref:<kind>:<b>`,
 * the number of its last page) and pages (`bref:<kind>:<b>:<n>`) of text groups, one per
 * chunk: `\n<chunk>\t<provider>\t <ref> <ref> … ` (references are `[A-Za-z0-9_-]`, so a
 * space-delimited search is exact). A chunk appends to at most 64 pages
 * (compare-and-set), before it is sent, so a later create with one of its references finds
 * it even if this process dies mid-request. ~25 bytes per item in memory, versus an
 * idempotency record and a reference entry per item.
 */
export class BatchItemIndex {
  constructor(
    private readonly store: Store,
    private readonly kind: string,
    private readonly ttlMs?: number,
  ) {}

  #head(bucket: string): string {
    return `${BATCH_INDEX_PREFIX}${this.kind}:${bucket}`;
  }

  /** Records that `references` were sent in `chunk` to `provider`. */
  async add(chunk: string, provider: string, references: readonly string[]): Promise<void> {
    const byBucket = new Map<string, string[]>();
    for (const reference of references) {
      const bucket = bucketOf(reference);
      const list = byBucket.get(bucket);
      if (list) list.push(reference);
      else byBucket.set(bucket, [reference]);
    }
    const header = `\n${chunk}\t${encodeURIComponent(provider)}\t `;
    await Promise.all(
      [...byBucket].map(([bucket, refs]) => this.#append(bucket, `${header}${refs.join(' ')} `)),
    );
  }

  async #append(bucket: string, group: string): Promise<void> {
    const headKey = this.#head(bucket);
    const options = this.ttlMs === undefined ? {} : { ttlMs: this.ttlMs };
    for (;;) {
      const head = await this.store.get<number>(headKey);
      if (!head) {
        // Heads never expire: pages do, and a lookup reads every page up to the head.
        await this.store.setIfAbsent(headKey, 0);
        continue;
      }
      const pageKey = `${headKey}:${head.value}`;
      const page = await this.store.get<string>(pageKey);
      if (page && page.value.length >= PAGE_CHARS) {
        await this.store.compareAndSet(headKey, head.version, head.value + 1);
        continue;
      }
      const written = page
        ? await this.store.compareAndSet(pageKey, page.version, page.value + group, options)
        : await this.store.setIfAbsent(pageKey, group, options);
      if (written) return;
    }
  }

  /** The chunk that sent `reference`, if a live page records it (the newest when several). */
  async find(reference: string): Promise<BatchItemLocation | undefined> {
    const headKey = this.#head(bucketOf(reference));
    const head = await this.store.get<number>(headKey);
    if (!head) return undefined;
    const needle = ` ${reference} `;
    const pages = await Promise.all(
      Array.from({ length: head.value + 1 }, (_, n) => this.store.get<string>(`${headKey}:${n}`)),
    );
    for (let n = pages.length - 1; n >= 0; n--) {
      const text = pages[n]?.value;
      if (text === undefined) continue;
      const at = text.lastIndexOf(needle);
      if (at < 0) continue;
      const start = text.lastIndexOf('\n', at) + 1;
      const [chunk, provider] = text.slice(start, text.indexOf('\t ', start)).split('\t');
      if (chunk === undefined || provider === undefined) continue;
      return { chunk, provider: decodeURIComponent(provider) };
    }
    return undefined;
  }
}
