import type { Store } from './store.js';

/**
 * Deep copy of a stored value. Records are plain data — what the SQLite store keeps as
 * JSON plus bigint: primitives, arrays and plain objects — so a walk over own enumerable
 * properties copies them exactly, several times faster than `structuredClone` on the
 * small records of a create.
 */
function copy<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copy) as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = copy((value as Record<string, unknown>)[key]);
    if (key === '__proto__')
      Object.defineProperty(out, key, {
        value: item,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else out[key] = item;
  }
  return out as T;
}

/** Store held in process memory; values are deep-copied in and out. */
export class MemoryStore implements Store {
  readonly #kinds = new Map<string, Map<string, unknown>>();

  #kind(kind: string): Map<string, unknown> {
    let map = this.#kinds.get(kind);
    if (!map) {
      map = new Map();
      this.#kinds.set(kind, map);
    }
    return map;
  }

  get<T>(kind: string, key: string): T | undefined {
    const value = this.#kinds.get(kind)?.get(key);
    return value === undefined ? undefined : (copy(value) as T);
  }

  put<T>(kind: string, key: string, value: T): void {
    this.#kind(kind).set(key, copy(value));
  }

  list<T>(kind: string, prefix = ''): T[] {
    const map = this.#kinds.get(kind);
    if (!map) return [];
    return [...map.keys()]
      .filter((k) => k.startsWith(prefix))
      .sort()
      .map((k) => copy(map.get(k)) as T);
  }

  clear(): void {
    this.#kinds.clear();
  }

  clearKind(kind: string): void {
    this.#kinds.delete(kind);
  }

  flush(): void {}

  close(): void {}
}
