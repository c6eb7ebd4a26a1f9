import type { Store } from '../store/index.js';
import { KIND } from './keys.js';

/** Next value of a per-appId sequence (1, 2, 3, ...). */
export function nextSeq(store: Store, appId: number, name: string): number {
  const key = `${appId}:${name}`;
  const next = (store.get<number>(KIND.counter, key) ?? 0) + 1;
  store.put(KIND.counter, key, next);
  return next;
}

export function reference(prefix: string, appId: number, seq: number): string {
  return `${prefix}${appId}${String(seq).padStart(8, '0')}`;
}
