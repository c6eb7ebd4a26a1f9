import { createHash, hash } from 'node:crypto';

/** Deterministic pseudo-random numbers (mulberry32) seeded from a string. */
export function createPrng(seed: string): () => number {
  let state = createHash('sha256').update(seed).digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Stable hex digest of the parts, for API keys and payment-page tokens. */
export function digest(...parts: string[]): string {
  return hash('sha256', parts.join('\u0000'), 'hex');
}
