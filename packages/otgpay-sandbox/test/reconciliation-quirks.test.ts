import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../src/index.js';
import { idPayment, receiver, start, TestClient } from './helpers.js';

/** The control API quirks that make each reconciliation category, over HTTP. */

let sb: Sandbox;
let clock = Date.parse('2026-03-10T05:00:00Z'); // 12:00 in Jakarta
let hook: Awaited<ReturnType<typeof receiver>>;
let client: TestClient;

beforeAll(async () => {
  sb = await start({ now: () => clock, autoSettle: false });
  hook = await receiver(() => ({ status: 200, body: 'SUCCESS' }));
  client = new TestClient(sb.merchants.ID);
});
afterAll(async () => {
  await sb.stop();
  await hook.close();
});
beforeEach(() => {
  sb.control.reset();
  hook.received.length = 0;
});

// biome-ignore lint/suspicious/noExplicitAny: control answers are asserted field by field
type Json = any;

async function control(path: string, body?: unknown): Promise<{ status: number; json: Json }> {
  const res = await fetch(`${sb.url}/__sandbox/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? '' : JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

async function entries(date = '2026-03-10') {
  const s = await client.statement({ startDate: date, endDate: date, pageSize: '100' });
  return (s.data?.['entries'] ?? []) as Array<{
    type: string;
    orderId?: string;
    amount: string;
    time: string;
  }>;
}

async function created(orderId: string, amount = '150000') {
  const env = await client.createPayment(idPayment(orderId, { amount, notifyUrl: hook.url }));
  expect(env.status).toBe('1');
}

describe('reconciliation quirks', () => {
  it('loseCallback: the payment succeeds, no callback is ever sent', async () => {
    await created('lost-1');
    await created('kept-1');
    expect((await control('payments/ID/lost-1/quirks', { loseCallback: true })).status).toBe(200);
    await control('payments/ID/lost-1/outcome', { status: 2 });
    await control('payments/ID/kept-1/outcome', { status: 2 });
    await sb.control.callbacksIdle();
    expect(hook.received.map((b) => b['orderId'])).toEqual(['kept-1']);
    expect((await client.getPayment('lost-1')).data?.['status']).toBe(2);
  });

  it('a lost payout callback', async () => {
    sb.control.fund('ID', '1000000');
    await client.submitPayout({
      orderId: 'po-lost',
      amount: '50000',
      accountType: 'BANK_ACCOUNT',
      bankCode: '014',
      accountNo: '1234567890',
      name: 'Siti Nurhaliza',
      phone: '081234567890',
      email: 'siti@example.com',
      notifyUrl: hook.url,
    });
    expect((await control('payouts/ID/po-lost/quirks', { loseCallback: true })).status).toBe(200);
    await control('payouts/ID/po-lost/outcome', { status: 2 });
    await sb.control.callbacksIdle();
    expect(hook.received).toEqual([]);
  });

  it('fee: charged instead of the schedule; unbooked: no ledger entries at all', async () => {
    await created('fee-1', '200000');
    await created('unbooked-1', '300000');
    await control('payments/ID/fee-1/quirks', { fee: '9999' });
    await control('payments/ID/unbooked-1/quirks', { unbooked: true });
    sb.control.pay('ID', 'fee-1');
    sb.control.pay('ID', 'unbooked-1');
    const list = await entries();
    expect(list.map((e) => [e.type, e.orderId, e.amount])).toEqual([
      ['PAYMENT', 'fee-1', '200000'],
      ['FEE', 'fee-1', '-9999'],
    ]);
    expect((await client.getPayment('fee-1')).data?.['fee']).toBe('9999');
    expect((await client.getPayment('unbooked-1')).data?.['status']).toBe(2);
    expect(sb.control.balance('ID')).toMatchObject({ pending: '190001', available: '0' });
  });

  it('quirks are refused once the order is final, and bad values are 400', async () => {
    await created('final-1');
    sb.control.pay('ID', 'final-1');
    expect((await control('payments/ID/final-1/quirks', { loseCallback: true })).status).toBe(409);
    await created('open-1');
    expect((await control('payments/ID/open-1/quirks', { fee: '1.5' })).status).toBe(400);
    expect((await control('payments/ID/open-1/quirks', { loseCallback: 'yes' })).status).toBe(400);
    expect((await control('payments/ID/nope/quirks', { loseCallback: true })).status).toBe(404);
  });

  it('duplicate-entries: a payment booked and settled twice; a refund booked twice', async () => {
    await created('dup-1', '100000');
    sb.control.pay('ID', 'dup-1');
    const dup = await control('payments/ID/dup-1/duplicate-entries', { type: 'PAYMENT' });
    expect(dup.json.entries.map((e: { type: string }) => e.type)).toEqual(['PAYMENT', 'FEE']);
    const refund = await client.refund('dup-1', { refundId: 'dup-1-r', amount: '10000' });
    expect(refund.status).toBe('1');
    await control('payments/ID/dup-1/duplicate-entries', { type: 'REFUND' });
    const list = await entries();
    expect(list.map((e) => e.type)).toEqual([
      'PAYMENT',
      'FEE',
      'PAYMENT',
      'FEE',
      'REFUND',
      'REFUND',
    ]);
    const [record] = sb.control.settle({ appId: 'ID', date: '2026-03-10' });
    expect(record).toMatchObject({ grossAmount: '200000', fee: '5000', netAmount: '175000' });
    expect((await control('payments/ID/nope/duplicate-entries', {})).status).toBe(404);
  });

  it('shift: a payment at 23:59:30 moves to 00:00:30 of the next day', async () => {
    clock = Date.parse('2026-03-10T16:59:30Z'); // 23:59:30 in Jakarta
    await created('edge-1');
    sb.control.pay('ID', 'edge-1');
    expect((await entries('2026-03-10')).map((e) => e.orderId)).toEqual(['edge-1', 'edge-1']);
    const shifted = await control('payments/ID/edge-1/shift', { deltaMs: 60_000 });
    expect(shifted.json.payTime).toBe('2026-03-11T00:00:30+07:00');
    expect(await entries('2026-03-10')).toEqual([]);
    expect((await entries('2026-03-11')).map((e) => e.time)).toEqual([
      '2026-03-11T00:00:30+07:00',
      '2026-03-11T00:00:30+07:00',
    ]);
    sb.control.settle({ appId: 'ID' });
    expect((await control('payments/ID/edge-1/shift', { deltaMs: 1 })).status).toBe(409);
    clock = Date.parse('2026-03-10T05:00:00Z');
  });

  it('reverse: paid turns failed, the ledger keeps the money, no callback', async () => {
    await created('rev-1');
    await control('payments/ID/rev-1/quirks', { loseCallback: true });
    sb.control.pay('ID', 'rev-1');
    const reversed = await control('payments/ID/rev-1/reverse');
    expect(reversed.json.status).toBe(3);
    expect((await client.getPayment('rev-1')).data?.['status']).toBe(3);
    expect((await entries()).map((e) => e.type)).toEqual(['PAYMENT', 'FEE']);
    await sb.control.callbacksIdle();
    expect(hook.received).toEqual([]);
    expect((await control('payments/ID/rev-1/reverse')).status).toBe(400);
  });

  it('a payment the merchant never made, and a settlement that does not add up', async () => {
    const foreign = await control('payments/ID', { orderId: 'ghost-1', amount: '120000' });
    expect(foreign.json).toMatchObject({ orderId: 'ghost-1', status: 2, amount: '120000' });
    expect((await control('payments/ID', { orderId: 'ghost-1', amount: '1' })).status).toBe(400);
    expect((await control('payments/ID', { orderId: 'bad id!', amount: '1' })).status).toBe(400);
    const [record] = sb.control.settle({ appId: 'ID', date: '2026-03-10' });
    const no = String(record?.['settlementNo']);
    const adjusted = await control(`settlements/ID/${no}/adjust`, { net: '100000' });
    expect(adjusted.json).toMatchObject({
      grossAmount: '120000',
      fee: '3000',
      netAmount: '100000',
    });
    const listed = await client.settlements({ startDate: '2026-03-10', endDate: '2026-03-10' });
    expect((listed.data?.['records'] as unknown[] | undefined)?.[0]).toMatchObject({
      netAmount: '100000',
    });
    expect((await control('settlements/ID/S0/adjust', { net: '1' })).status).toBe(404);
    expect((await control(`settlements/ID/${no}/adjust`, { net: 'x' })).status).toBe(400);
  });
});
