import { afterAll, beforeAll, expect, it } from 'vitest';
import { feeFor, type Sandbox } from '../src/index.js';
import { createPrng } from '../src/prng.js';
import { PAYER, start, TestClient } from './helpers.js';

let sb: Sandbox;
beforeAll(async () => {
  sb = await start({ feeBps: { paymentBps: 275, payoutBps: 150 } });
});
afterAll(() => sb.stop());

const minor = (s: string) => BigInt(s.replace('.', ''));
const fmt = (m: bigint) => {
  const s = m.toString().padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
};

it('ledger stays consistent over ~200 random operations (THB)', async () => {
  const rnd = createPrng('ledger-mix-1');
  const pick = (n: number) => Math.floor(rnd() * n);
  const c = new TestClient(sb.merchants.TH);
  const open: string[] = [];
  const paid: string[] = [];
  const payouts: string[] = [];
  let n = 0;
  let okOps = 0;
  for (let i = 0; i < 200; i++) {
    const op = pick(8);
    n++;
    if (op <= 1 || open.length === 0) {
      const orderId = `L-${n}`;
      // avoid magic suffixes 666/777
      const amount = fmt(BigInt(1000 + pick(500_000)) * 10n + 1n);
      const r = await c.createPayment({
        orderId,
        amount,
        payType: 'QR',
        inBankCode: 'PROMPTPAY',
        ...PAYER.TH,
      });
      if (r.status === '1') open.push(orderId);
    } else if (op === 2) {
      const o = open.splice(pick(open.length), 1)[0]!;
      const status = rnd() < 0.8 ? 2 : 3;
      sb.control.paymentOutcome('TH', o, { status });
      if (status === 2) paid.push(o);
    } else if (op === 3 && paid.length > 0) {
      const o = paid[pick(paid.length)]!;
      const q = await c.getPayment(o);
      const rest = minor(String(q.data?.['amount'])) - minor(String(q.data?.['refundedAmount']));
      const amt = rest > 0n ? BigInt(1 + pick(Number(rest))) : 1n;
      const r = await c.refund(o, { refundId: `R-${n}`, amount: fmt(amt) });
      expect(r.status === '1' || (rest === 0n && r.error === '1002')).toBe(true);
    } else if (op === 4) {
      const bal = await c.balance();
      const avail = minor(String(bal.data?.['available']));
      const amt =
        avail > 1000n && rnd() < 0.8 ? BigInt(100 + pick(Number(avail / 2n))) : 99_999_999n;
      const r = await c.submitPayout({
        orderId: `W-${n}`,
        amount: fmt(amt),
        accountType: 'BANK_ACCOUNT',
        bankCode: '004',
        accountNo: '1234567890',
        ...PAYER.TH,
      });
      if (r.status === '1') payouts.push(`W-${n}`);
      else expect(r.msg).toBe('Illegal Param: insufficient balance');
    } else if (op === 5 && payouts.length > 0) {
      const o = payouts.splice(pick(payouts.length), 1)[0]!;
      sb.control.payoutOutcome('TH', o, { status: rnd() < 0.7 ? 2 : 3 });
    } else if (op === 6) {
      sb.control.settle({ appId: 'TH' });
    } else {
      sb.control.fund('TH', fmt(BigInt(1 + pick(100_000))));
    }
    okOps++;
  }
  expect(okOps).toBe(200);

  const bal = (await c.balance()).data!;
  const total =
    minor(String(bal['available'])) + minor(String(bal['pending'])) + minor(String(bal['frozen']));
  const entries: Array<Record<string, string>> = [];
  for (let page = 1; ; page++) {
    const st = await c.statement({
      startDate: '2000-01-01',
      endDate: '2100-01-01',
      page: String(page),
      pageSize: '100',
    });
    const list = st.data?.['entries'] as Array<Record<string, string>>;
    entries.push(...list);
    if (entries.length >= Number(st.data?.['total'])) break;
  }
  expect(entries.length).toBeGreaterThan(50);
  let running = 0n;
  for (const e of entries) {
    running += minor(e['amount']!);
    expect(minor(e['balanceAfter']!)).toBe(running);
  }
  expect(running).toBe(total);
  expect(minor(entries.at(-1)!['balanceAfter']!)).toBe(total);

  // settle everything: pending goes to zero, settlement records agree with the statement
  sb.control.settle({ appId: 'TH' });
  const after = (await c.balance()).data!;
  expect(after['pending']).toBe('0.00');
  const records = (
    await c.settlements({ startDate: '2000-01-01', endDate: '2100-01-01', pageSize: '100' })
  ).data?.['records'] as Array<Record<string, string>>;
  const gross = records.reduce((a, r) => a + minor(r['grossAmount']!), 0n);
  const fee = records.reduce((a, r) => a + minor(r['fee']!), 0n);
  const net = records.reduce((a, r) => a + minor(r['netAmount']!), 0n);
  const payoutIds = new Set(entries.filter((e) => e['type'] === 'PAYOUT').map((e) => e['orderId']));
  const sum = (pred: (e: Record<string, string>) => boolean) =>
    entries.filter(pred).reduce((a, e) => a + minor(e['amount']!), 0n);
  expect(gross).toBe(sum((e) => e['type'] === 'PAYMENT'));
  // payment fees only (payout fees carry a payout orderId)
  expect(-fee).toBe(sum((e) => e['type'] === 'FEE' && !payoutIds.has(e['orderId'])));
  expect(net).toBe(gross - fee + sum((e) => e['type'] === 'REFUND'));
  // every FEE of a payment is exactly the fee rule
  for (const e of entries.filter((x) => x['type'] === 'PAYMENT')) {
    const f = entries.find((x) => x['type'] === 'FEE' && x['orderId'] === e['orderId']);
    expect(-minor(f!['amount']!)).toBe(feeFor(minor(e['amount']!), 275));
  }
  // available = net settled - (payouts+fees done) - frozen reservations
  expect(minor(String(after['available'])) + minor(String(after['frozen']))).toBe(total);
}, 30_000);
