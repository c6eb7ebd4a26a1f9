import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { END, README_PATH, renderReadme, START, withoutTablePadding } from '../scripts/readme.js';

const readme = readFileSync(README_PATH, 'utf8');
/** Equal up to Biome's table padding. */
const same = (a: string, b: string) => withoutTablePadding(a) === withoutTablePadding(b);

describe('README.md', () => {
  it('has the tables scripts/readme.ts generates (run `pnpm readme` after changing data)', () => {
    expect(readme).toContain(START);
    expect(readme).toContain(END);
    expect(withoutTablePadding(readme)).toBe(withoutTablePadding(renderReadme(readme)));
  });

  it('notices drift: a changed limit, a missing bank row, an extra row', () => {
    const changedLimit = readme.replace(/700000\.00/, '999999.00');
    const lines = readme.split('\n');
    const bankRow = lines.findIndex((l) => /^\|\s*073\s*\|/.test(l));
    const missingRow = lines.filter((_, i) => i !== bankRow).join('\n');
    const extraRow = readme.replace(END, `| 999 | XX | Fake | — |\n${END}`);
    for (const stale of [changedLimit, missingRow, extraRow]) {
      expect(stale).not.toBe(readme);
      expect(same(stale, renderReadme(stale))).toBe(false);
    }
  });

  it('lists the key bank codes and both wallets', () => {
    for (const code of ['002', '004', '006', '011', '014', '025', '034', '073']) {
      expect(readme).toMatch(new RegExp(`^\\|\\s*${code}\\s*\\|`, 'm'));
    }
    expect(readme).toContain('PROMPTPAY');
    expect(readme).toContain('TRUEMONEY');
  });
});
