import {
  type CreateChargeInput,
  type CreatePayoutInput,
  currencyExponent,
  type Money,
  money as moneyHelpers,
  toDecimalString,
  toMajor,
  validateInput,
} from '@paymux/core';
import type { CountryAdapter } from '../country-adapter.js';
import type { BankInfo } from './bank-directory.js';
import { markdownTable as table } from './markdown-table.js';
import { NAME_MAX_CODE_POINTS } from './party-rules.js';

/** What a country page shows besides the adapter itself. */
export interface CountryPageData {
  /** The country's bank table, e.g. `INDONESIA_BANKS`. */
  readonly banks: readonly BankInfo[];
  /** The e-wallets a merchant can name, with the names and aliases accepted for them. */
  readonly wallets?: readonly BankInfo[];
  /**
   * A charge and a payout the adapter accepts. The page shows them as code and the OTGPAY
   * wire fields the adapter turns them into; an example the adapter refuses throws.
   */
  readonly examples: {
    /** A charge, shown as a `paymux.charges.create` call. */
    readonly charge: CreateChargeInput;
    /** A payout, shown as a `paymux.payouts.create` call. */
    readonly payout: CreatePayoutInput;
  };
}

/** Code written into a literal as is. */
class Code {
  constructor(readonly text: string) {}
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `value` as a TypeScript literal, one line where it fits, else one property per line. */
function literal(value: unknown, indent: string): string {
  if (value instanceof Code) return value.text;
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value !== 'object' || value === null) return String(value);
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  const key = (k: string) => (IDENTIFIER.test(k) ? k : `'${k}'`);
  const inline = `{ ${entries.map(([k, v]) => `${key(k)}: ${literal(v, '')}`).join(', ')} }`;
  if (!inline.includes('\n') && indent.length + inline.length <= 72) return inline;
  const inner = `${indent}  `;
  const lines = entries.map(([k, v]) => `${inner}${key(k)}: ${literal(v, inner)},`);
  return `{\n${lines.join('\n')}\n${indent}}`;
}

/** `money.idr('150000')` for the currencies with a helper, else `money.of('19.99', 'USD')`. */
function moneyCode(money: Money): string {
  const major = toMajor(money).replace(/\.0+$/, '');
  const helper = money.currency.toLowerCase();
  return helper in moneyHelpers
    ? `money.${helper}('${major}')`
    : `money.of('${major}', '${money.currency}')`;
}

function codeBlock(language: string, text: string): string {
  return ['```' + language, text, '```'].join('\n');
}

function list(values: readonly string[]): string {
  return values.map((v) => `\`${v}\``).join(', ');
}

/**
 * The generated part of a country page (`docs/countries/<country>.md`): money and wire
 * decimals, the rules for names, phones, national ids and account numbers, collection
 * methods and payout destinations with their limits, e-wallets, banks, and an example
 * charge and payout with the wire fields the adapter makes of them. Everything comes from
 * the adapter and `data`, so the page cannot drift from the code; `replaceGenerated` puts
 * it between the page's markers.
 */
export function describeCountry(adapter: CountryAdapter, data: CountryPageData): string {
  const { currency, wireExponent } = adapter;
  const rules = adapter.rules;
  const name = rules?.countryName ?? adapter.country;
  const amount = (minor: bigint | undefined) =>
    minor === undefined ? '—' : toDecimalString({ amount: minor, currency }, wireExponent);
  const { charge, payout } = data.examples;
  const exampleMoney = validateInput('createCharge', charge).money;
  const exponent = currencyExponent(currency);

  const money = [
    `- **Currency**: ${currency}. Amounts are \`bigint\` minor units with the ISO 4217 exponent ${exponent}: \`${moneyCode(exampleMoney)}\` is \`{ amount: ${exampleMoney.amount}n, currency: '${currency}' }\`.`,
    `- **On the wire**: decimal strings with ${wireExponent} decimals, so \`${exampleMoney.amount}n\` goes out as \`"${toDecimalString(exampleMoney, wireExponent)}"\`. An amount finer than that is refused (\`ValidationError\` on \`money.amount\`, rule \`precision\`), never rounded.`,
    `- **Dates**: OTGPAY dates are local time, UTC${adapter.utcOffset}.`,
    `- **Method families**: ${list(adapter.methodTypes)}. **Payout destinations**: ${list([...new Set(adapter.payoutChannels.map((c) => c.type))])}.`,
  ].join('\n');

  const idMethods = adapter.methods
    .filter((m) => m.requires?.includes('customer.nationalId'))
    .map((m) => m.label);
  const idWhen = [
    ...(idMethods.length > 0 ? [`charges by ${idMethods.join(', ')}`] : []),
    ...(rules?.payoutRequiresNationalId ? ['every payout'] : []),
  ];
  const nationalId = rules?.nationalIdRule
    ? `${rules.nationalIdRule}. ${idWhen.length > 0 ? `Required for ${idWhen.join(' and ')}; optional otherwise.` : 'Optional.'}`
    : `${name} has no national id field; leave it out.`;
  const party = table(
    ['Field', 'Accepted'],
    [
      [
        '`customer.phone`, `recipient.phone`',
        `A mobile number: ${rules?.phoneRule ?? 'as the country writes it'}. Sent as e.g. \`${rules?.phoneExample ?? '—'}\`.`,
      ],
      ['`customer.nationalId`, `recipient.nationalId`', nationalId],
      [
        '`customer.name`, `recipient.name`',
        `1 to ${NAME_MAX_CODE_POINTS} letters (with their accents and vowel marks), spaces and \`' . -\`, counted in Unicode code points; typographic apostrophes become \`'\`.`,
      ],
      ['`customer.email`, `recipient.email`', 'An email address of at most 100 characters.'],
      ['`destination.accountNumber`', 'Depends on the destination: see the payout table.'],
    ],
  );

  const methods = table(
    [
      'Method',
      '`method`',
      'payType',
      'inBankCode',
      `Min ${currency}`,
      `Max ${currency}`,
      'Also requires',
    ],
    adapter.methods.map((m) => [
      m.label,
      `\`${literal(m.method, '')}\``,
      m.payType,
      m.inBankCode,
      amount(m.minAmount),
      amount(m.maxAmount),
      (m.requires ?? []).map((r) => `\`${r}\``).join(', ') || '—',
    ]),
  );

  const payouts = table(
    [
      'Destination',
      '`destination`',
      'accountType',
      'bankCode',
      `Min ${currency}`,
      `Max ${currency}`,
      'Account number',
    ],
    adapter.payoutChannels.map((c) => [
      c.label,
      `\`{ type: '${c.type}', bank: '${c.bank}' }\``,
      c.accountType,
      c.bankCode,
      amount(c.minAmount),
      amount(c.maxAmount),
      rules?.accountNumberRule(c) ?? '—',
    ]),
  );

  const wallets = data.wallets
    ? [
        '## E-wallets',
        '',
        'Name a wallet by its code, its name or any of these other names, in any case.',
        '',
        table(
          ['Code', 'Name', 'Also accepted'],
          data.wallets.map((w) => [w.code, w.name, (w.aliases ?? []).join(', ') || '—']),
        ),
        '',
      ]
    : [];

  const swift = data.banks.some((b) => b.swift !== undefined);
  const banks = table(
    ['Code', 'Short name', 'Name', 'Aliases', ...(swift ? ['SWIFT'] : [])],
    data.banks.map((b) => [
      b.code,
      b.shortName,
      b.name,
      (b.aliases ?? []).join(', ') || '—',
      ...(swift ? [b.swift ?? '—'] : []),
    ]),
  );

  const chargeWire = {
    amount: toDecimalString(exampleMoney, wireExponent),
    ...adapter.toChargeFields(validateInput('createCharge', charge)),
  };
  const payoutInput = validateInput('createPayout', payout);
  const payoutWire = {
    amount: toDecimalString(payoutInput.money, wireExponent),
    ...adapter.toPayoutFields(payoutInput),
  };
  const call = (api: string, input: CreateChargeInput | CreatePayoutInput, money: Money) =>
    `await paymux.${api}.create(${literal({ ...input, money: new Code(moneyCode(money)) }, '')});`;

  return [
    '## Money',
    '',
    money,
    '',
    '## Customer and recipient fields',
    '',
    'Loose input is accepted and normalized before anything is sent; what cannot be made valid is refused with a `ValidationError` naming the field.',
    '',
    party,
    '',
    '## Collection methods',
    '',
    `Limits are inclusive, in ${currency}; override them with the adapter's \`limits\` option.`,
    '',
    methods,
    '',
    ...wallets,
    '## Payout destinations',
    '',
    `\`destination.bank\` takes the code, the short name, the full name or an alias of a bank or wallet. Limits are inclusive, in ${currency}; override them with the \`payoutLimits\` option.`,
    '',
    payouts,
    '',
    `## Banks (${data.banks.length})`,
    '',
    banks,
    '',
    '## Example: a charge',
    '',
    codeBlock('ts', call('charges', charge, exampleMoney)),
    '',
    'The adapter turns it into these OTGPAY fields (`appId`, `orderId`, `notifyUrl` and `sign` are added by the provider):',
    '',
    codeBlock('json', JSON.stringify(chargeWire, null, 2)),
    '',
    '## Example: a payout',
    '',
    codeBlock('ts', call('payouts', payout, payoutInput.money)),
    '',
    'The wire fields:',
    '',
    codeBlock('json', JSON.stringify(payoutWire, null, 2)),
    '',
  ].join('\n');
}
