import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { END, START, withGeneratedTables, withoutTablePadding } from '../scripts/readme-content.js';

describe('README.md', () => {
  it('has the tables scripts/readme.ts generates (run `pnpm readme` after changing data)', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(START);
    expect(readme).toContain(END);
    expect(readme).toContain('| 014 ');
    expect(withoutTablePadding(readme)).toBe(withoutTablePadding(withGeneratedTables(readme)));
  });

  it('lists every method, with limits written in whole rupiah', () => {
    const tables = withGeneratedTables(`${START}${END}`);
    expect(tables).toContain("| QRIS | `{ type: 'qr' }` | QR | 014 | 10000 | 10000000 | — |");
    expect(tables).toContain(
      "| ShopeePay | `{ type: 'ewallet', channel: 'SHOPEEPAY' }` | EWALLET |",
    );
    expect(tables).toContain('| 451 | BSI | PT Bank Syariah Indonesia Tbk |');
  });
});
