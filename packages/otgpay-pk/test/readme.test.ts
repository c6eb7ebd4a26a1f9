import { readFileSync } from 'node:fs';
import { GENERATED_END, GENERATED_START } from '@paymux/otgpay';
import { describe, expect, it } from 'vitest';
import { README_PATH, renderReadme } from '../scripts/readme.js';
import { PAKISTAN_BANKS } from '../src/index.js';

const readme = readFileSync(README_PATH, 'utf8');

describe('README.md', () => {
  it('holds exactly the tables scripts/readme.ts generates (run `pnpm readme`)', () => {
    expect(readme).toBe(renderReadme(readme));
  });

  it('notices a drifted table', () => {
    const drifted = readme.replace('| HABB |', '| HMBK |');
    expect(drifted).not.toBe(readme);
    expect(renderReadme(drifted)).not.toBe(drifted);
  });

  it('lists every bank and the local methods', () => {
    const generated = readme.slice(readme.indexOf(GENERATED_START), readme.indexOf(GENERATED_END));
    for (const bank of PAKISTAN_BANKS)
      expect(generated).toContain(`| ${bank.code} | ${bank.shortName} |`);
    expect(readme).toContain('JAZZCASH');
    expect(readme).toContain('EASYPAISA');
  });
});
