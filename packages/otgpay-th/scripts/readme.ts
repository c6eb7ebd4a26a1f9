/**
 * Regenerates the tables of README.md between the generated markers from the adapter's data,
 * then lets Biome format the file (it pads Markdown tables):
 *   npx tsx --conditions=@paymux/source scripts/readme.ts
 * `test/readme.test.ts` fails when README.md's tables differ from what this would write.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describeAdapter } from '@paymux/otgpay';
import { THAI_BANKS, thailand } from '../src/index.js';

export const START = '<!-- generated:start -->';
export const END = '<!-- generated:end -->';
export const README_PATH = fileURLToPath(new URL('../README.md', import.meta.url));

/** `readme` with the text between the markers replaced by freshly generated tables. */
export function renderReadme(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs ${START} ... ${END}`);
  const tables = describeAdapter(thailand(), THAI_BANKS);
  return `${readme.slice(0, start + START.length)}\n\n${tables}\n${readme.slice(end)}`;
}

/**
 * The content of `markdown` with table padding removed (cells trimmed, `---` separators), so
 * that the generator's output and Biome's formatting of it compare equal.
 */
export function withoutTablePadding(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => {
      if (!line.startsWith('|')) return line;
      const cells = line
        .slice(1, line.trimEnd().endsWith('|') ? line.trimEnd().length - 1 : undefined)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replace(/^-{3,}$/, '---'));
      return `| ${cells.join(' | ')} |`;
    })
    .join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const current = readFileSync(README_PATH, 'utf8');
  writeFileSync(README_PATH, renderReadme(current));
  execFileSync('npx', ['biome', 'format', '--write', README_PATH], { stdio: 'ignore' });
  const changed = readFileSync(README_PATH, 'utf8') !== current;
  console.log(changed ? 'README.md updated' : 'README.md is up to date');
}
