import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCountryPage } from '../../../scripts/country-page.js';
import { PAGE_DATA, PAGE_PATH } from '../scripts/country-page.js';
import { THAI_BANKS, thailand } from '../src/index.js';

const page = readFileSync(PAGE_PATH, 'utf8');
const render = (text: string) => renderCountryPage(text, PAGE_PATH, thailand(), PAGE_DATA);

describe('docs/countries/thailand.md', () => {
  it('holds exactly what scripts/country-page.ts generates from the adapter (else run `pnpm generate`)', () => {
    expect(page).toBe(render(page));
  });

  it('notices a drifted bank code and restores it, keeping the hand-written text', () => {
    const bank = THAI_BANKS[0]!;
    const wrong = `Z${bank.code.slice(1)}`;
    const drifted = page.replace(`| ${bank.code} `, `| ${wrong} `);
    expect(drifted).not.toBe(page);
    expect(render(drifted)).toBe(page);
  });

  it('lists every bank, and the example wire fields the adapter produced', () => {
    for (const bank of THAI_BANKS) expect(page).toContain(`| ${bank.code} `);
    expect(page).toContain('"bankCode": "004"');
  });
});
