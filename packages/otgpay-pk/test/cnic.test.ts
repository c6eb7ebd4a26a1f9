import { describe, expect, it } from 'vitest';
import { normalizeCnic } from '../src/index.js';

describe('normalizeCnic', () => {
  it.each([
    ['12345-1234567-1', '1234512345671'],
    ['1234512345671', '1234512345671'],
    ['35202-1234567-1', '3520212345671'],
    ['42101 1234567 2', '4210112345672'],
    [' 61101-7654321-8 ', '6110176543218'],
  ])('%s -> %s', (raw, wire) => {
    expect(normalizeCnic(raw)).toBe(wire);
  });

  it.each([
    ['12 digits', '123451234567'],
    ['14 digits', '12345123456712'],
    ['dashes in wrong places', '1234-51234567-1'],
    ['only one dash', '12345-12345671'],
    ['mixed separators', '12345-1234567 1'],
    ['letters', '12345-123456A-1'],
    ['empty', ''],
    ['passport-like', 'AB1234567'],
  ])('refuses %s (%s)', (_label, raw) => {
    expect(normalizeCnic(raw)).toBeUndefined();
  });
});
