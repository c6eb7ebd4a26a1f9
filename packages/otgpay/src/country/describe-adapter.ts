import { toDecimalString } from '@paymux/core';
import type { CountryAdapter } from '../country-adapter.js';
import type { BankInfo } from './bank-directory.js';

function cell(value: string): string {
  return value.replace(/\|/g, '\\|');
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
  return lines.join('\n');
}

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
