import type { Store } from './store.js';

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
    return value === undefined ? undefined : (structuredClone(value) as T);
  }

  put<T>(kind: string, key: string, value: T): void {
    this.#kind(kind).set(key, structuredClone(value));
  }

  list<T>(kind: string, prefix = ''): T[] {
    const map = this.#kinds.get(kind);
    if (!map) return [];
    return [...map.keys()]
      .filter((k) => k.startsWith(prefix))
      .sort()
      .map((k) => structuredClone(map.get(k)) as T);
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
