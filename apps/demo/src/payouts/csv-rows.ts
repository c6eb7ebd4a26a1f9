import {
  type CreatePayoutInput,
  fromDecimalString,
  PaymuxError,
  validateInput,
} from '@paymux/core';
import type { Market } from '../config/countries.js';
import { parseCsv } from './parse-csv.js';

/** The CSV columns, in the order the sample file uses. `national_id` is needed in Pakistan. */
export const CSV_COLUMNS = [
  'name',
  'email',
  'phone',
  'bank',
  'account_number',
  'amount',
  'national_id',
] as const;
const REQUIRED = CSV_COLUMNS.filter((c) => c !== 'national_id');

/** SDK field path → CSV column, so an error names what the uploader can fix. */
const COLUMN_OF: Record<string, string> = {
  'recipient.name': 'name',
  'recipient.email': 'email',
  'recipient.phone': 'phone',
  'recipient.nationalId': 'national_id',
  'destination.bank': 'bank',
  'destination.type': 'bank',
  'destination.accountNumber': 'account_number',
  'money.amount': 'amount',
};

export type CsvRow =
  | { readonly line: number; readonly ok: true; readonly input: CreatePayoutInput }
  | {
      readonly line: number;
      readonly ok: false;
      readonly column?: string;
      readonly message: string;
    };

export interface ParsedUpload {
  readonly rows: readonly CsvRow[];
  /** A problem with the whole file (no header, missing columns, empty). */
  readonly error?: string;
}

/**
 * Reads the upload and checks every row before anything is sent: the core's schema, then
 * the country adapter's own rules (phone, account number, bank, limits), which are the
 * same checks `payouts.createBatch` runs. Line numbers count the header as line 1.
 */
export function readPayoutCsv(csv: string, market: Market, batchId: string): ParsedUpload {
  const [header, ...body] = parseCsv(csv);
  if (!header) return { rows: [], error: 'The file is empty.' };
  const names = header.map((h) => h.trim().toLowerCase());
  const missing = REQUIRED.filter((c) => !names.includes(c));
  if (missing.length > 0) {
    return {
      rows: [],
      error: `Missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}. Expected: ${CSV_COLUMNS.join(',')}.`,
    };
  }
  if (body.length === 0) return { rows: [], error: 'The file has a header but no rows.' };
  const rows = body.map((cells, i): CsvRow => {
    const line = i + 2;
    const get = (column: string) => (cells[names.indexOf(column)] ?? '').trim();
    const bank = get('bank');
    const channel = market.adapter.payoutChannels.find(
      (ch) =>
        ch.bank.toLowerCase() === bank.toLowerCase() ||
        ch.label.toLowerCase() === bank.toLowerCase(),
    );
    try {
      const nationalId = get('national_id');
      const input: CreatePayoutInput = {
        reference: `${batchId}-${line}`,
        money: fromDecimalString(
          get('amount').replace(/[\s,]/g, ''),
          market.currency,
          undefined,
          'money.amount',
        ),
        country: market.code,
        destination: {
          type: channel?.type ?? 'bank_account',
          bank,
          accountNumber: get('account_number'),
        },
        recipient: {
          name: get('name'),
          email: get('email'),
          phone: get('phone'),
          ...(nationalId ? { nationalId } : {}),
        },
      };
      market.adapter.toPayoutFields(validateInput('createPayout', input));
      return { line, ok: true, input };
    } catch (error) {
      if (!PaymuxError.isInstance(error)) throw error;
      const column = error.field ? COLUMN_OF[error.field] : undefined;
      return { line, ok: false, ...(column ? { column } : {}), message: error.message };
    }
  });
  return { rows };
}

/** A sample upload for a country: `count` valid rows. */
export function sampleCsv(market: Market, count: number): string {
  const c = market.sampleCustomer;
  const lines = [CSV_COLUMNS.join(',')];
  for (let i = 1; i <= count; i++) {
    const amount = market.adapter.wireExponent === 0 ? String(10_000 + i * 100) : `${100 + i}.50`;
    lines.push(
      [
        c.name,
        c.email,
        `"${c.phone}"`,
        market.samplePayout.bank,
        market.samplePayout.accountNumber,
        amount,
        c.nationalId ?? '',
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
