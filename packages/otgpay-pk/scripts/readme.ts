import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describeAdapter } from '@paymux/otgpay';
import { pakistan, pakistanBanks } from '../src/index.js';

export const START = '<!-- generated:start -->';
export const END = '<!-- generated:end -->';
export const README_PATH = fileURLToPath(new URL('../README.md', import.meta.url));

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

/** Markdown as the repository's Biome formats it (it aligns table columns). */
function formatMarkdown(markdown: string): string {
  const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
  return execFileSync(process.execPath, [biome, 'format', '--stdin-file-path=README.md'], {
    cwd: PACKAGE_DIR,
    input: markdown,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'ignore'],
  });
}

/**
 * `readme` with the text between the markers replaced by the tables `describeAdapter`
 * generates from the data, formatted the way `biome check` wants the file.
 */
export function renderReadme(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README needs ${START} ... ${END}`);
  const tables = describeAdapter(pakistan(), pakistanBanks.banks);
  return formatMarkdown(
    `${readme.slice(0, start + START.length)}\n\n${tables}\n${readme.slice(end)}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const current = readFileSync(README_PATH, 'utf8');
  const next = renderReadme(current);
  if (next !== current) writeFileSync(README_PATH, next);
  console.log(next === current ? 'README.md is up to date' : 'README.md regenerated');
}
