import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';

describe('pnpm quickstart: the OTGPAY sandbox flow over real HTTP', () => {
  it('charges, receives the webhook, refunds, settles, pays out and balances to the rupiah', async () => {
    const lines: string[] = [];
    const outcome = await main({ print: (line) => lines.push(line) });

    expect(outcome.charge).toMatchObject({ status: 'succeeded', provider: 'otgpay-id' });
    expect(outcome.refund).toMatchObject({ status: 'succeeded', money: { amount: 5_000_000n } });
    expect(outcome.payout).toMatchObject({ status: 'succeeded', money: { amount: 7_500_000n } });

    // Rp 150.000 paid, fee 2.5% = Rp 3.750, refund Rp 50.000, payout Rp 75.000 + fee 1% Rp 750.
    expect(outcome.balance.total).toEqual({ amount: 2_050_000n, currency: 'IDR' });
    expect(outcome.balance.available).toEqual({ amount: 2_050_000n, currency: 'IDR' });
    expect(outcome.statement.map((e) => [e.type, e.amount.amount])).toEqual([
      ['payment', 15_000_000n],
      ['fee', -375_000n],
      ['refund', -5_000_000n],
      ['payout', -7_500_000n],
      ['fee', -75_000n],
    ]);
    expect(outcome.statement.at(-1)?.balanceAfter).toEqual(outcome.balance.total);
    expect(
      lines.some((l) => l.includes('webhook charge.succeeded:order-1001 verified and handled')),
    ).toBe(true);
    expect(
      lines.some((l) => l.includes('webhook payout.succeeded:order-1001-p1 verified and handled')),
    ).toBe(true);
  }, 60_000);
});
