import type { Balance, Paymux, StatementEntry } from '@paymux/core';
import { formatMoney } from '@paymux/core';
import { renderTable } from './table.js';

/** Prints the balance and the day's statement as tables, and returns them. */
export async function report(
  paymux: Paymux,
  print: (line: string) => void,
  currency: string,
  day: string,
): Promise<{ balance: Balance; statement: StatementEntry[] }> {
  const balance = await paymux.balance.retrieve({ currency });
  const statement: StatementEntry[] = [];
  for await (const entry of paymux.statement.list({
    currency,
    startDate: day,
    endDate: day,
  })) {
    statement.push(entry);
  }
  print('');
  print('Balance');
  print(
    renderTable(
      ['', currency],
      [
        ['available', formatMoney(balance.available)],
        ['pending', formatMoney(balance.pending)],
        ['frozen', formatMoney(balance.frozen)],
        ['total', formatMoney(balance.total)],
      ],
      [1],
    ),
  );
  print('');
  print('Statement');
  print(
    renderTable(
      ['entry', 'type', 'order', 'amount', 'balance after'],
      statement.map((e) => [
        e.reference,
        e.type,
        e.orderReference ?? '',
        formatMoney(e.amount),
        formatMoney(e.balanceAfter),
      ]),
      [3, 4],
    ),
  );
  return { balance, statement };
}
