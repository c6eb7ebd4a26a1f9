import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateStandalone } from '../../../scripts/ajv-standalone.js';
import { responseValidatorsSpec } from '../scripts/generate-validators.js';

const SRC = path.resolve(import.meta.dirname, '../src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(path.join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [path.join(dir, entry.name)]
        : [],
  );
}

describe('precompiled validators', () => {
  it('the committed standalone validators match the current schemas (else run `pnpm generate`)', () => {
    const committed = readFileSync(responseValidatorsSpec.out, 'utf8');
    expect(committed === generateStandalone(responseValidatorsSpec)).toBe(true);
  });

  it('no source file loads ajv or evaluates code at run time', () => {
    for (const file of sources(SRC)) {
      const text = readFileSync(file, 'utf8');
      expect({ file, ajv: /from 'ajv'|require\("ajv/.test(text) }).toEqual({ file, ajv: false });
      expect({ file, evaluates: /new Function\(|\beval\(/.test(text) }).toEqual({
        file,
        evaluates: false,
      });
    }
  });
});
