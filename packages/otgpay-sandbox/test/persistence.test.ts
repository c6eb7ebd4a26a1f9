import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { idPayment, idPayout, start, TestClient, today } from './helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'otgpay-sandbox-db-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('a restart with the same sqlite file keeps orders, balances, ledger and settlements', async () => {
  const file = path.join(dir, 'state.sqlite');
  const first = await start({ store: { kind: 'sqlite', file } });
  const c1 = new TestClient(first.merchants.ID);
  first.control.fund('ID', '1000000');
  await c1.createPayment(idPayment('keep-1'));
  first.control.pay('ID', 'keep-1');
  await c1.refund('keep-1', { refundId: 'keep-r1', amount: '1000' });
  await c1.submitPayout(idPayout('keep-po'));
  const before = {
    balance: (await c1.balance()).data,
    payment: (await c1.getPayment('keep-1')).data,
    payout: (await c1.getPayout('keep-po')).data,
    statement: (await c1.statement({ startDate: today(), endDate: today(), pageSize: '100' }))
      .data?.['entries'],
    settlements: (await c1.settlements({ startDate: today(), endDate: today() })).data?.['records'],
  };
  await first.stop();
  expect(existsSync(file)).toBe(true);

  const second = await start({ store: { kind: 'sqlite', file } });
  try {
    const c2 = new TestClient(second.merchants.ID);
    const strip = (d: Record<string, unknown> | undefined) => {
      const { sign: _s, ...rest } = d ?? {};
      return rest;
    };
    expect(strip((await c2.balance()).data)).toEqual(strip(before.balance));
    expect(strip((await c2.getPayment('keep-1')).data)).toEqual(strip(before.payment));
    expect(strip((await c2.getPayout('keep-po')).data)).toEqual(strip(before.payout));
    expect(
      (await c2.statement({ startDate: today(), endDate: today(), pageSize: '100' })).data?.[
        'entries'
      ],
    ).toEqual(before.statement);
    expect(
      (await c2.settlements({ startDate: today(), endDate: today() })).data?.['records'],
    ).toEqual(before.settlements);
    expect(await c2.createPayment(idPayment('keep-1'))).toMatchObject({
      msg: 'Illegal Param: orderId duplicate',
    });
    // sequences continue instead of restarting
    const n = await c2.createPayment(idPayment('keep-2'));
    expect(n.data?.['orderNo']).not.toBe(before.payment?.['orderNo']);
    second.control.payoutOutcome('ID', 'keep-po', { status: 2 });
    expect((await c2.getPayout('keep-po')).data?.['status']).toBe(2);
  } finally {
    await second.stop();
  }
});

it('the callback delivery log survives a restart on the sqlite file', async () => {
  const file = path.join(dir, 'callbacks.sqlite');
  let answers = 0;
  const merchant = createServer((_req, res) => {
    answers++;
    // First delivery refused, the retry acknowledged: two attempts in the log.
    res.writeHead(answers === 1 ? 500 : 200).end(answers === 1 ? 'busy' : 'SUCCESS');
  });
  await new Promise<void>((resolve) => merchant.listen(0, '127.0.0.1', resolve));
  const notifyUrl = `http://127.0.0.1:${(merchant.address() as AddressInfo).port}/cb`;
  const first = await start({ store: { kind: 'sqlite', file }, callbackRetryDelaysMs: [20] });
  try {
    await new TestClient(first.merchants.ID).createPayment(idPayment('log-1', { notifyUrl }));
    first.control.pay('ID', 'log-1');
    await first.control.callbacksIdle();
    const before = first.control.callbacks('ID', 'log-1');
    expect(before.map((a) => [a.attempt, a.httpStatus, a.ok])).toEqual([
      [1, 500, false],
      [2, 200, true],
    ]);
    await first.stop();
    const second = await start({ store: { kind: 'sqlite', file } });
    try {
      expect(second.control.callbacks('ID', 'log-1')).toEqual(before);
      expect(second.control.callbacks('ID', 'log-')).toEqual([]);
    } finally {
      await second.stop();
    }
  } finally {
    merchant.close();
  }
});
