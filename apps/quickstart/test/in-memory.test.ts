import { describe, expect, it } from 'vitest';
import { main } from '../src/in-memory.js';

describe('quickstart', () => {
  it('takes, refunds, settles and pays out, printing a consistent balance and statement', async () => {
    const lines: string[] = [];
    const outcome = await main({
      print: (line) => lines.push(line),
      clock: () => new Date('2026-11-24T03:00:00Z'),
    });
    const printed = lines.join('\n').replaceAll('\u00a0', ' ');

    expect(printed).toContain('1. Charge order-1001: Rp 150.000 by QRIS -> pending');
    expect(printed).toContain(
      'webhook charge.succeeded:order-1001 verified: Rp 150.000, fee Rp 3.750',
    );
    expect(printed).toContain('webhook charge.succeeded:order-1001 again: duplicate, ignored');
    expect(printed).toContain('3. Refund refund-1001: Rp 50.000 -> succeeded');
    expect(printed).toContain(
      '4. Settled 2026-11-24: gross Rp 150.000, fees Rp 3.750, refunds Rp 50.000, net Rp 96.250 now available',
    );
    expect(printed).toContain(
      'webhook payout.succeeded:payout-1001 verified: Rp 75.000, fee Rp 750',
    );
    expect(printed).toMatch(/available\s+Rp 20\.500/);
    expect(printed).toMatch(/total\s+Rp 20\.500/);
    expect(printed).toMatch(/payout\s+payout-1001\s+-Rp 75\.000\s+Rp 21\.250/);

    expect(outcome.charge).toMatchObject({ status: 'succeeded', refunded: { amount: 5_000_000n } });
    expect(outcome.payout.status).toBe('succeeded');
    expect(outcome.balance.total.amount).toBe(2_050_000n);
    expect(outcome.statement.at(-1)?.balanceAfter.amount).toBe(outcome.balance.total.amount);
    expect(outcome.statement.map((e) => e.type)).toEqual([
      'payment',
      'fee',
      'refund',
      'payout',
      'fee',
    ]);
  });
});
