import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateStandalone, runtimeCodeLoaders } from '../../../scripts/ajv-standalone.js';
import { operationValidatorsSpec } from '../scripts/generate-validators.js';

describe('precompiled validators', () => {
  it('the committed standalone validators match the current schemas (else run `pnpm generate`)', () => {
    const committed = readFileSync(operationValidatorsSpec.out, 'utf8');
    expect(committed === generateStandalone(operationValidatorsSpec)).toBe(true);
  });

  it('no source file loads ajv or evaluates code at run time', () => {
    const files = runtimeCodeLoaders(path.resolve(import.meta.dirname, '../src'));
    expect(files.length).toBeGreaterThan(0);
    for (const { file, ajv, evaluates } of files) {
      expect({ file, ajv, evaluates }).toEqual({ file, ajv: false, evaluates: false });
    }
  });
});
