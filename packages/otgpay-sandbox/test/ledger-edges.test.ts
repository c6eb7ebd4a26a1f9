import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Sandbox } from '../src/index.js';
import { idPayment, idPayout, PAYER, start, TestClient } from './helpers.js';

let sb: Sandbox;
let clock = Date.parse('2026-01-01T17:30:00Z'); // 00:30 on Jan 2 in Jakarta, 22:30 Jan 1 in Karachi
beforeAll(async () => {
  sb = await start({ now: () => clock });
});
afterAll(() => sb.stop());

type Entry = { type: string; amount: string; balanceAfter: string };

async function chained(c: TestClient, from: string, to: string) {
  const s = await c.statement({ startDate: from, endDate: to, pageSize: '100' });
  const entries = (s.data?.['entries'] ?? []) as Entry[];
  let running = 0n;
  for (const e of entries) {
    running += BigInt(e.amount.replace('.', ''));
    expect(BigInt(e.balanceAfter.replace('.', ''))).toBe(running);
  }
  const b = (await c.balance()).data ?? {};
  const total = ['available', 'pending', 'frozen'].reduce(
    (acc, k) => acc + BigInt(String(b[k]).replace('.', '')),
    0n,
  );
  expect(total).toBe(running);
  return entries;
}

it('dates are country-local: the same instant is Jan 2 in Jakarta and Jan 1 in Karachi', async () => {
  const id = new TestClient(sb.merchants.ID);
  const pk = new TestClient(sb.merchants.PK);
  await id.createPayment(idPayment('tz-id', { amount: '100000' }));
  sb.control.pay('ID', 'tz-id');
  await pk.createPayment({
    orderId: 'tz-pk',
    amount: '100.00',
    payType: 'EWALLET',
    inBankCode: 'EASYPAISA',
    ...PAYER.PK,
  });
  sb.control.pay('PK', 'tz-pk');
  const idDay = await id.statement({ startDate: '2026-01-02', endDate: '2026-01-02' });
  expect(idDay.data?.['total']).toBe(2);
  const idPrev = await id.statement({ startDate: '2026-01-01', endDate: '2026-01-01' });
  expect(idPrev.data?.['total']).toBe(0);
  const pkDay = await pk.statement({ startDate: '2026-01-01', endDate: '2026-01-01' });
  expect(pkDay.data?.['total']).toBe(2);
  expect(String((await pk.getPayment('tz-pk')).data?.['payTime'])).toBe(
    '2026-01-01T22:30:00+05:00',
  );
  const [rec] = sb.control.settle({ appId: 'ID' });
  expect(rec).toMatchObject({ settleDate: '2026-01-02', grossAmount: '100000', fee: '2500' });
});

it('a refund on a later day after settlement: next settlement nets it, the ledger still chains', async () => {
  const id = new TestClient(sb.merchants.ID);
  clock = Date.parse('2026-01-02T03:00:00Z'); // Jan 2, 10:00 WIB
  await id.createPayment(idPayment('lr-1', { amount: '200000' }));
  sb.control.pay('ID', 'lr-1');
  const [day2] = sb.control.settle({ appId: 'ID' });
  expect(day2).toMatchObject({ grossAmount: '200000', fee: '5000', netAmount: '195000' });
  clock = Date.parse('2026-01-03T03:00:00Z'); // Jan 3
  expect((await id.refund('lr-1', { refundId: 'lr-r1', amount: '50000' })).status).toBe('1');
  await id.createPayment(idPayment('lr-2', { amount: '40000' }));
  sb.control.pay('ID', 'lr-2');
  const [day3] = sb.control.settle({ appId: 'ID' });
  // gross 40000, fee 1000, refunds 50000 -> net -11000
  expect(day3).toMatchObject({
    settleDate: '2026-01-03',
    grossAmount: '40000',
    fee: '1000',
    netAmount: '-11000',
  });
  // payout: amount + fee frozen, then PAYOUT and FEE entries out of frozen
  const avail = BigInt(String(sb.control.balance('ID')['available']));
  expect(avail).toBe(97500n + 195000n - 11000n);
  expect((await id.submitPayout(idPayout('lr-po', { amount: '100000' }))).status).toBe('1');
  expect(sb.control.balance('ID')).toMatchObject({
    available: String(avail - 101000n),
    frozen: '101000',
  });
  sb.control.payoutOutcome('ID', 'lr-po', { status: 2 });
  expect(sb.control.balance('ID')).toMatchObject({ frozen: '0', pending: '0' });
  const entries = await chained(id, '2026-01-01', '2026-01-31');
  expect(entries.map((e) => e.type)).toEqual([
    'PAYMENT',
    'FEE',
    'PAYMENT',
    'FEE',
    'REFUND',
    'PAYMENT',
    'FEE',
    'PAYOUT',
    'FEE',
  ]);
  // a paid payout cannot be failed afterwards (no money returns twice)
  expect(() => sb.control.payoutOutcome('ID', 'lr-po', { status: 3 })).toThrow(/4014/);
  expect(sb.control.balance('ID')).toMatchObject({ frozen: '0' });
});
