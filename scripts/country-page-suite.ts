/**
 * The freshness tests of a country page, shared by the `test/country-page.test.ts` of
 * @paymux/otgpay-id, -th and -pk: the committed page is exactly what the adapter's data
 * generates, a drifted bank code is noticed and restored, and every bank is listed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CountryAdapter, CountryPageData } from '@paymux/otgpay';
import { describe, expect, it } from 'vitest';
import { renderCountryPage } from './country-page.js';

export interface CountryPageSuite {
  /** The page, from `countryPagePath`. */
  readonly file: string;
  readonly adapter: CountryAdapter;
  readonly data: CountryPageData;
  /** The country's banks: each must be listed by its code. */
  readonly banks: readonly { readonly code: string }[];
  /** A wire field of the generated examples that must appear, e.g. `"bankCode": "014"`. */
  readonly exampleWireField: string;
}

export function describeCountryPage({
  file,
  adapter,
  data,
  banks,
  exampleWireField,
}: CountryPageSuite) {
  const page = readFileSync(file, 'utf8');
  const render = (text: string) => renderCountryPage(text, file, adapter, data);

  describe(`docs/countries/${path.basename(file)}`, () => {
    it('holds exactly what scripts/country-page.ts generates from the adapter (else run `pnpm generate`)', () => {
      expect(page).toBe(render(page));
    });

    it('notices a drifted bank code and restores it, keeping the hand-written text', () => {
      const bank = banks[0]!;
      const wrong = `Z${bank.code.slice(1)}`;
      const drifted = page.replace(`| ${bank.code} `, `| ${wrong} `);
      expect(drifted).not.toBe(page);
      expect(render(drifted)).toBe(page);
    });

    it('lists every bank, and the example wire fields the adapter produced', () => {
      for (const bank of banks) expect(page).toContain(`| ${bank.code} `);
      expect(page).toContain(exampleWireField);
    });
  });
}
