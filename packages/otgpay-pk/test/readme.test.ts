import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { END, README_PATH, renderReadme, START } from '../scripts/readme.js';
import { PAKISTAN_BANKS } from '../src/index.js';

describe('README', () => {
  const readme = readFileSync(README_PATH, 'utf8');

  it('holds exactly the tables scripts/readme.ts generates (run `pnpm readme`)', () => {
    expect(readme).toBe(renderReadme(readme));
  });

  it('would notice a drifted table', () => {
    const drifted = readme.replace(/\| HABB(\s+)\|/, '| HMBK$1|');
    expect(drifted).not.toBe(readme);
    expect(renderReadme(drifted)).not.toBe(drifted);
  });

  it('lists every bank between the markers', () => {
    const generated = readme.slice(readme.indexOf(START), readme.indexOf(END));
    for (const bank of PAKISTAN_BANKS)
      expect(generated).toMatch(new RegExp(`\\| ${bank.code}\\s+\\|`));
  });

  it('refuses a README without markers', () => {
    expect(() => renderReadme('# no markers')).toThrow(/generated:start/);
  });
});
