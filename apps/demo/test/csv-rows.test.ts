import { describe, expect, it } from 'vitest';
import { MARKETS } from '../src/config/countries.js';
import { readPayoutCsv, sampleCsv } from '../src/payouts/csv-rows.js';
import { parseCsv } from '../src/payouts/parse-csv.js';

const [ID, TH, PK] = MARKETS;

describe('payout CSV', () => {
  it('reads quoted cells, doubled quotes, CRLF and a BOM', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\n\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
    ]);
  });

  it('checks every row before sending and names the column of each mistake', () => {
    const csv = [
      'name,email,phone,bank,account_number,amount',
      'Siti Rahma,siti@example.id,0812 3456 7890,BCA,1234567890,150000',
      'Budi,budi@example.id,12,BCA,1234567890,50000',
      'Dewi,dewi@example.id,081234567890,BCA,1234567890,fifty',
      'Eko,eko@example.id,081234567890,NOBANK,1234567890,50000',
      'Rina,rina@example.id,081234567890,BCA,1234567890,150000.5',
    ].join('\n');
    const { rows, error } = readPayoutCsv(csv, ID!, 'b-1');
    expect(error).toBeUndefined();
    expect(rows.map((r) => [r.line, r.ok, r.ok ? r.input.reference : r.column])).toEqual([
      [2, true, 'b-1-2'],
      [3, false, 'phone'],
      [4, false, 'amount'],
      [5, false, 'bank'],
      [6, false, 'amount'],
    ]);
    const first = rows[0];
    expect(first?.ok && first.input.money).toEqual({ amount: 15_000_000n, currency: 'IDR' });
  });

  it('refuses a file without the required columns, or without rows', () => {
    expect(readPayoutCsv('name,email\nA,b@c.d\n', ID!, 'b').error).toMatch(
      /Missing columns: phone, bank, account_number, amount/,
    );
    expect(readPayoutCsv('name,email,phone,bank,account_number,amount\n', ID!, 'b').error).toMatch(
      /no rows/,
    );
    expect(readPayoutCsv('', ID!, 'b').error).toMatch(/empty/);
  });

  it('the sample file of every country validates row by row', () => {
    for (const m of [ID!, TH!, PK!]) {
      const { rows } = readPayoutCsv(sampleCsv(m, 25), m, 'b');
      expect(
        rows.filter((r) => !r.ok),
        m.code,
      ).toEqual([]);
      expect(rows).toHaveLength(25);
    }
  });
});
