import { toDecimalString } from '@paymux/core';
import type { CountryAdapter } from '../country-adapter.js';
import type { BankInfo } from './bank-directory.js';
import { markdownTable as table } from './markdown-table.js';

/**
 * Markdown tables of an adapter's collection methods, payout channels and banks, for the
 * country package's README. Generated from the data so the README cannot drift from it.
 */
export function describeAdapter(adapter: CountryAdapter, banks: readonly BankInfo[]): string {
  const amount = (minor: bigint) =>
    toDecimalString({ amount: minor, currency: adapter.currency }, adapter.wireExponent);
  const methods = table(
    [
      'Method',
      '`method`',
      'payType',
      'inBankCode',
      `Min ${adapter.currency}`,
      `Max ${adapter.currency}`,
      'Also requires',
    ],
    adapter.methods.map((m) => [
      m.label,
      `\`{ type: '${m.method.type}'${m.method.channel ? `, channel: '${m.method.channel}'` : ''} }\``,
      m.payType,
      m.inBankCode,
      amount(m.minAmount),
      amount(m.maxAmount),
      (m.requires ?? []).join(', ') || '—',
    ]),
  );
  const payouts = table(
    ['Destination', '`destination`', 'accountType', 'bankCode'],
    adapter.payoutChannels.map((c) => [
      c.label,
      `\`{ type: '${c.type}', bank: '${c.bank}' }\``,
      c.accountType,
      c.bankCode,
    ]),
  );
  const bankTable = table(
    ['Code', 'Short name', 'Name', 'Aliases'],
    banks.map((b) => [b.code, b.shortName, b.name, (b.aliases ?? []).join(', ') || '—']),
  );
  return [
    `### Collection methods (${adapter.country}, ${adapter.currency})`,
    '',
    methods,
    '',
    '### Payout destinations',
    '',
    payouts,
    '',
    `### Banks (${banks.length})`,
    '',
    bankTable,
    '',
  ].join('\n');
}

/** The marker after which {@link withGeneratedTables} writes the tables. */
export const GENERATED_START = '<!-- generated:start -->';
/** The marker before which the generated tables end. */
export const GENERATED_END = '<!-- generated:end -->';

/**
 * `text` with what lies between `<!-- generated:start -->` and `<!-- generated:end -->`
 * replaced by `generated`; the text around the markers is kept as written. Used for the
 * country READMEs (`withGeneratedTables`) and the country pages (`describeCountry`).
 */
export function replaceGenerated(text: string, generated: string): string {
  const start = text.indexOf(GENERATED_START);
  const end = text.indexOf(GENERATED_END);
  if (start < 0 || end < start) {
    throw new Error(`the text needs ${GENERATED_START} ... ${GENERATED_END} markers`);
  }
  return `${text.slice(0, start + GENERATED_START.length)}\n\n${generated}\n${text.slice(end)}`;
}

/**
 * `readme` with the text between `<!-- generated:start -->` and `<!-- generated:end -->`
 * replaced by `describeAdapter(adapter, banks)`. A country package's README script writes
 * it and its test compares it with the file, so the tables cannot drift from the data.
 */
export function withGeneratedTables(
  readme: string,
  adapter: CountryAdapter,
  banks: readonly BankInfo[],
): string {
  return replaceGenerated(readme, describeAdapter(adapter, banks));
}
