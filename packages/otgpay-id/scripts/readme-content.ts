import { describeAdapter } from '@paymux/otgpay';
import { INDONESIA_BANKS } from '../src/banks.js';
import { indonesia } from '../src/indonesia.js';

export const START = '<!-- generated:start -->';
export const END = '<!-- generated:end -->';

/** `readme` with the text between the markers replaced by tables generated from the data. */
export function withGeneratedTables(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README needs ${START} ... ${END} markers`);
  const tables = describeAdapter(indonesia(), INDONESIA_BANKS);
  return `${readme.slice(0, start + START.length)}\n\n${tables}\n${readme.slice(end)}`;
}

/**
 * `markdown` with table cells trimmed and separator rows shortened to `---`, so a README whose
 * tables Biome re-padded compares equal to the generated one.
 */
export function withoutTablePadding(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => {
      if (!line.startsWith('|')) return line;
      const cells = line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replace(/^:?-{3,}:?$/, '---'));
      return `| ${cells.join(' | ')} |`;
    })
    .join('\n');
}
