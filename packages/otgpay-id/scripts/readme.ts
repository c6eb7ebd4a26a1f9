/**
 * Regenerates the tables of README.md between the generated markers from the adapter's data:
 *   pnpm readme
 * `test/readme.test.ts` fails when README.md differs from what this writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { withGeneratedTables } from '@paymux/otgpay';
import { INDONESIA_BANKS, indonesia } from '../src/index.js';

export const README_PATH = fileURLToPath(new URL('../README.md', import.meta.url));

/** `readme` with freshly generated tables. */
export function renderReadme(readme: string): string {
  return withGeneratedTables(readme, indonesia(), INDONESIA_BANKS);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const current = readFileSync(README_PATH, 'utf8');
  const next = renderReadme(current);
  if (next !== current) writeFileSync(README_PATH, next);
  console.log(next === current ? 'README.md is up to date' : 'README.md regenerated');
}
