import { describe, expect, it } from 'vitest';
import { SeenReferences } from '../src/client/seen-references.js';

// Pairs of references with the same 32-bit FNV-1a hash (found by a birthday search).
const COLLIDING = [
  ['rs2nxr1-65709', 'r1bkgdtf-70371'],
  ['r5p4e8d-54557', 'r1qxo6jn-75795'],
  ['rqdws6n-62303', 'rtk2vop-99513'],
] as const;

describe('SeenReferences (the stream duplicate check)', () => {
  it('takes 100,000 distinct references and refuses every repeat, sealed or not', () => {
    const seen = new SeenReferences();
    for (let i = 0; i < 100_000; i++) {
      expect(seen.add(`c-${i}`)).toBe(true);
      if (i % 500 === 499) seen.seal();
    }
    seen.seal();
    for (const i of [0, 1, 499, 500, 77_777, 99_999]) expect(seen.add(`c-${i}`)).toBe(false);
    // a repeat inside the chunk being read, before it is sealed
    expect(seen.add('fresh')).toBe(true);
    expect(seen.add('fresh')).toBe(false);
    // prefixes and extensions of taken references are other references
    expect(seen.add('c-999999')).toBe(true);
    expect(seen.add('c-')).toBe(true);
  });

  it('a reference whose hash another one has is new, and a repeat of it is not', () => {
    const seen = new SeenReferences();
    for (const [a] of COLLIDING) expect(seen.add(a)).toBe(true);
    seen.seal();
    for (const [, b] of COLLIDING) expect(seen.add(b)).toBe(true);
    for (const [a, b] of COLLIDING) {
      expect(seen.add(a)).toBe(false);
      expect(seen.add(b)).toBe(false);
    }
  });
});
