import type { ReconciliationItem, ReconciliationReport } from './report.js';

/** The fixed CSV columns, in order. Amounts are integers in minor units of `currency`. */
export const RECONCILIATION_CSV_COLUMNS = [
  'day',
  'provider',
  'id',
  'category',
  'kind',
  'reference',
  'provider_reference',
  'probable_reference',
  'currency',
  'amount_minor',
  'difference_minor',
  'merchant_status',
  'provider_status',
  'merchant_amount_minor',
  'provider_amount_minor',
  'merchant_fee_minor',
  'provider_fee_minor',
  'merchant_refunded_minor',
  'provider_refunded_minor',
  'merchant_time',
  'provider_time',
  'cut_off',
  'queried',
  'repair',
  'detail',
] as const;

function text(value: string | undefined): string {
  if (value === undefined) return '';
  // A spreadsheet must not evaluate a reference or detail as a formula.
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const num = (value: bigint | undefined) => (value === undefined ? '' : value.toString());
const time = (value: Date | undefined) => (value === undefined ? '' : value.toISOString());

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

function row(report: ReconciliationReport, item: ReconciliationItem): string[] {
  return [
    report.day,
    text(report.provider),
    text(item.id),
    item.category,
    item.kind,
    text(item.reference),
    text(item.providerReference),
    text(item.probableReference),
    item.currency,
    num(item.amount),
    num(item.difference),
    text(item.merchant?.status),
    text(item.provider?.status),
    num(item.merchant?.amount),
    num(item.provider?.amount),
    num(item.merchant?.fee),
    num(item.provider?.fee),
    num(item.merchant?.refunded),
    num(item.provider?.refunded),
    time(item.merchant?.time),
    time(item.provider?.time),
    item.cutOff ? 'true' : 'false',
    item.queried ? 'true' : 'false',
    item.repair ? `${item.repair.to}:${item.repair.outcome}` : '',
    text(item.detail),
  ];
}

/** One header line and one line per item (sorted by id), CRLF line ends (RFC 4180). */
export function reportToCsv(report: ReconciliationReport): string {
  const lines = [RECONCILIATION_CSV_COLUMNS.join(',')];
  for (const item of report.items) lines.push(row(report, item).map(quote).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
