import { fnv1a } from '../store/fnv1a.js';
/**
 * The references a payout stream has taken so far, exact, in a few bytes each instead of a
 * `Set<string>` entry (~60 bytes): a table of 32-bit hashes (open addressing) answers "new"
 * for almost every reference at once; a hash already present is confirmed against the
 * references themselves, kept as one space-delimited string per chunk.
 */
export class SeenReferences {
  #table = new Uint32Array(1 << 12);
  #count = 0;
  readonly #chunks: string[] = [];
  #current: string[] = [];

  /** Adds `reference`; false when it was taken already (nothing is added then). */
  add(reference: string): boolean {
    const hash = hashOf(reference);
    const slot = this.#slot(hash);
    if (this.#table[slot] === hash && this.#has(reference)) return false;
    if (this.#table[slot] !== hash) {
      this.#table[slot] = hash;
      this.#count += 1;
      if (this.#count * 2 > this.#table.length) this.#grow();
    }
    this.#current.push(reference);
    return true;
  }

  /** Seals the references added since the last call into one string (call per chunk). */
  seal(): void {
    if (this.#current.length === 0) return;
    this.#chunks.push(` ${this.#current.join(' ')} `);
    this.#current = [];
  }

  #has(reference: string): boolean {
    if (this.#current.includes(reference)) return true;
    const needle = ` ${reference} `;
    return this.#chunks.some((chunk) => chunk.includes(needle));
  }

  /** The slot holding `hash`, or the empty slot where it would go. */
  #slot(hash: number): number {
    const mask = this.#table.length - 1;
    let slot = hash & mask;
    while (this.#table[slot] !== 0 && this.#table[slot] !== hash) slot = (slot + 1) & mask;
    return slot;
  }

  #grow(): void {
    const old = this.#table;
    this.#table = new Uint32Array(old.length * 2);
    for (const hash of old) if (hash !== 0) this.#table[this.#slot(hash)] = hash;
  }
}

/** FNV-1a, never 0 (0 marks an empty slot). */
function hashOf(text: string): number {
  return fnv1a(text) || 1;
}
