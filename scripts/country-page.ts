/**
 * The country pages `docs/countries/<country>.md`: the text around the generated markers is
 * written by hand, the part between them is `describeCountry` of the country's adapter, and
 * the page is formatted by biome exactly as `pnpm run lint` expects.
 *
 * Used by each country package's `scripts/country-page.ts` (run by its `generate` script,
 * so `pnpm generate` at the root rewrites all pages) and by its `test/country-page.test.ts`,
 * which fails when a page is stale.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  type CountryAdapter,
  type CountryPageData,
  describeCountry,
  replaceGenerated,
} from '@paymux/otgpay';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIOME = path.join(ROOT, 'node_modules/.bin/biome');

/** The page of `file` (e.g. `indonesia.md`) under docs/countries. */
export function countryPagePath(file: string): string {
  return path.join(ROOT, 'docs/countries', file);
}

/** Markdown as biome formats it (tables padded, code blocks formatted). */
export function formatMarkdown(text: string, file: string): string {
  return execFileSync(BIOME, ['format', `--stdin-file-path=${path.relative(ROOT, file)}`], {
    cwd: ROOT,
    input: text,
    encoding: 'utf8',
  });
}

/** `current` with a freshly generated part, formatted. */
export function renderCountryPage(
  current: string,
  file: string,
  adapter: CountryAdapter,
  data: CountryPageData,
): string {
  return formatMarkdown(replaceGenerated(current, describeCountry(adapter, data)), file);
}

/**
 * Rewrites the page at `file` (or, with `check`, only compares). Returns whether the page
 * was up to date.
 */
export function writeCountryPage(
  file: string,
  adapter: CountryAdapter,
  data: CountryPageData,
  check: boolean,
): boolean {
  const current = readFileSync(file, 'utf8');
  const next = renderCountryPage(current, file, adapter, data);
  if (next === current) return true;
  if (!check) writeFileSync(file, next);
  return false;
}

/**
 * The command line of a country package's `scripts/country-page.ts`: when that module is the
 * one node was started with (`importMeta` is its `import.meta.url`), rewrites its page, or with
 * `--check` only compares and exits 1 when the page is stale.
 */
export function runCountryPageScript(
  importMeta: string,
  file: string,
  adapter: CountryAdapter,
  data: CountryPageData,
): void {
  if (!process.argv[1] || importMeta !== pathToFileURL(process.argv[1]).href) return;
  const check = process.argv.includes('--check');
  const fresh = writeCountryPage(file, adapter, data, check);
  console.log(
    `${file} ${fresh ? 'is up to date' : check ? 'is stale: run `pnpm generate`' : 'regenerated'}`,
  );
  if (check && !fresh) process.exit(1);
}
