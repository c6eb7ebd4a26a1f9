import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../src/index.js';
import { idPayment, idPayout, PAYER, start, TestClient, today } from './helpers.js';

let sb: Sandbox;
let id: TestClient;
let th: TestClient;
let pk: TestClient;

beforeAll(async () => {
  sb = await start({ feeBps: { paymentBps: 250, payoutBps: 100 } });
  id = new TestClient(sb.merchants.ID);
  th = new TestClient(sb.merchants.TH);
  pk = new TestClient(sb.merchants.PK);
});
afterAll(() => sb.stop());
beforeEach(() => sb.control.reset());

describe('merchants', () => {
  it('has distinct credentials per country', () => {
    const ms = [sb.merchants.ID, sb.merchants.TH, sb.merchants.PK];
    expect(ms.map((m) => m.currency)).toEqual(['IDR', 'THB', 'PKR']);
    expect(new Set(ms.map((m) => m.appId)).size).toBe(3);
    expect(new Set(ms.map((m) => m.apiKey)).size).toBe(3);
    expect(new Set(ms.map((m) => m.merchantPublicKey)).size).toBe(3);
    expect(ms.every((m) => m.baseUrl === sb.url)).toBe(true);
  });
});

describe('payments', () => {
  it('creates a QR payment with qrCode and payUrl, queries it', async () => {
    const r = await id.createPayment(idPayment('pay-1'));
    expect(r).toMatchObject({ status: '1', error: '00000000', msg: '' });
    expect(r.data).toMatchObject({ orderId: 'pay-1', status: 0, bankCode: 'QRIS' });
    expect(String(r.data?.['qrCode'])).toMatch(/^000201.*6304[0-9A-F]{4}$/);
    expect(String(r.data?.['payUrl'])).toMatch(new RegExp(`^${sb.url}/pay/`));
    const q = await id.getPayment('pay-1');
    expect(q.data).toMatchObject({
      orderId: 'pay-1',
      orderNo: r.data?.['orderNo'],
      amount: '150000',
      currency: 'IDR',
      payType: 'QR',
      status: 0,
      fee: '0',
      refundedAmount: '0',
      refunds: [],
    });
  });

  it('VA payment returns bankNo; THB and PKR amounts use two decimals', async () => {
    const va = await id.createPayment(idPayment('va-1', { payType: 'VA', inBankCode: '014' }));
    expect(va.data?.['bankNo']).toMatch(/^\d{10,}$/);
    expect(va.data?.['qrCode']).toBeUndefined();
    const t = await th.createPayment({
      orderId: 'th-1',
      amount: '150.25',
      payType: 'QR',
      inBankCode: 'PROMPTPAY',
      ...PAYER.TH,
    });
    expect(t.status).toBe('1');
    expect((await th.getPayment('th-1')).data).toMatchObject({ amount: '150.25', currency: 'THB' });
    const p = await pk.createPayment({
      orderId: 'pk-1',
      amount: '1000.00',
      payType: 'EWALLET',
      inBankCode: 'JAZZCASH',
      ...PAYER.PK,
    });
    expect(p.status).toBe('1');
  });

  it('pays through control, books fee, refunds partially and repeatedly', async () => {
    await id.createPayment(idPayment('pay-2', { amount: '200000' }));
    sb.control.pay('ID', 'pay-2');
    const q = await id.getPayment('pay-2');
    expect(q.data).toMatchObject({ status: 2, fee: '5000' });
    expect(String(q.data?.['payTime'])).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$/);
    const r1 = await id.refund('pay-2', { refundId: 'rf-1', amount: '50000', reason: 'size' });
    expect(r1.data).toMatchObject({
      orderId: 'pay-2',
      refundId: 'rf-1',
      amount: '50000',
      status: 2,
    });
    const r2 = await id.refund('pay-2', { refundId: 'rf-2', amount: '150000' });
    expect(r2.status).toBe('1');
    const r3 = await id.refund('pay-2', { refundId: 'rf-3', amount: '1' });
    expect(r3).toMatchObject({ status: '0', error: '1002', msg: 'Illegal Param: amount' });
    const after = await id.getPayment('pay-2');
    expect(after.data).toMatchObject({ status: 2, refundedAmount: '200000' });
    expect((after.data!['refunds'] as unknown[]).length).toBe(2);
    const dup = await id.refund('pay-2', { refundId: 'rf-1', amount: '1' });
    expect(dup).toMatchObject({ error: '1002' });
  });

  it('refusals: unpaid 1002, failed 4014, unknown 4013', async () => {
    await id.createPayment(idPayment('pay-3'));
    expect(await id.refund('pay-3', { refundId: 'r', amount: '1' })).toMatchObject({
      error: '1002',
      msg: 'Illegal Param: order not paid',
    });
    sb.control.paymentOutcome('ID', 'pay-3', { status: 3 });
    expect(await id.refund('pay-3', { refundId: 'r', amount: '1' })).toMatchObject({
      error: '4014',
      msg: 'order is already end status',
    });
    expect(await id.getPayment('nope')).toMatchObject({
      status: '0',
      error: '4013',
      msg: 'order not exit',
    });
    expect(await id.refund('nope', { refundId: 'r', amount: '1' })).toMatchObject({
      error: '4013',
    });
    expect(() => sb.control.pay('ID', 'pay-3')).toThrow(/4014/);
  });

  it('partial, overpayment and abnormal via control', async () => {
    await id.createPayment(idPayment('pay-4'));
    sb.control.paymentOutcome('ID', 'pay-4', { status: 4, paidAmount: '100000' });
    expect((await id.getPayment('pay-4')).data).toMatchObject({ status: 4, paidAmount: '100000' });
    sb.control.paymentOutcome('ID', 'pay-4', { status: -1 });
    expect((await id.getPayment('pay-4')).data?.['status']).toBe(-1);
    sb.control.paymentOutcome('ID', 'pay-4', { status: 5, paidAmount: '160000' });
    expect((await id.getPayment('pay-4')).data?.['status']).toBe(5);
  });
});

describe('errors', () => {
  it('1001 for missing or empty fields', async () => {
    expect(await id.createPayment(idPayment('e-1', { amount: '' }))).toMatchObject({
      status: '0',
      error: '1001',
      msg: 'param is null: amount',
    });
    const { email: _e, ...noEmail } = idPayment('e-2');
    expect(await id.createPayment(noEmail)).toMatchObject({
      error: '1001',
      msg: 'param is null: email',
    });
    expect(
      await pk.createPayment({
        orderId: 'e-3',
        amount: '10.00',
        payType: 'EWALLET',
        inBankCode: 'JAZZCASH',
        name: 'Ali',
        phone: '03001234567',
        email: 'a@b.co',
      }),
    ).toMatchObject({ error: '1001', msg: 'param is null: idCard' });
  });

  it('1002 for malformed fields', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ amount: '150000.00' }, 'amount'],
      [{ amount: 150000 }, 'amount'],
      [{ amount: '5000' }, 'amount'], // below QRIS minimum
      [{ phone: '0712345678' }, 'phone'],
      [{ name: 'R2D2' }, 'name'],
      [{ email: 'nope' }, 'email'],
      [{ payType: 'CASH' }, 'payType'],
      [{ orderId: 'x'.repeat(49) }, 'orderId'],
      [{ currency: 'THB' }, 'currency'],
      [{ notifyUrl: 'ftp://x' }, 'notifyUrl'],
    ];
    for (const [patch, field] of cases) {
      const r = await id.createPayment(idPayment('bad-1', patch));
      expect(r, field).toMatchObject({
        status: '0',
        error: '1002',
        msg: `Illegal Param: ${field}`,
      });
    }
    expect(
      await th.createPayment({
        orderId: 't',
        amount: '150',
        payType: 'QR',
        inBankCode: 'PROMPTPAY',
        ...PAYER.TH,
      }),
    ).toMatchObject({ error: '1002', msg: 'Illegal Param: amount' });
  });

  it('1002 for a bad signature, unknown appId and duplicate orderId', async () => {
    const body = { appId: sb.merchants.ID.appId, ...idPayment('sig-1') };
    const wrongKey = th.signer.sign(body);
    const res = await fetch(`${sb.url}/api/payment/create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...body, sign: wrongKey }),
    });
    expect(await res.json()).toEqual({ status: '0', error: '1002', msg: 'Illegal Param: sign' });
    const tampered = { ...body, sign: id.signer.sign(body), amount: '150001' };
    const res2 = await fetch(`${sb.url}/api/payment/create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(tampered),
    });
    expect(await res2.json()).toMatchObject({ error: '1002', msg: 'Illegal Param: sign' });
    const res3 = await fetch(`${sb.url}/api/payment/create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...body, sign: undefined }),
    });
    expect(await res3.json()).toMatchObject({ error: '1001', msg: 'param is null: sign' });
    const res4 = await fetch(`${sb.url}/api/balance?appId=999&sign=x`);
    expect(await res4.json()).toMatchObject({ error: '1002', msg: 'Illegal Param: appId' });
    expect((await id.createPayment(idPayment('dup-1'))).status).toBe('1');
    expect(await id.createPayment(idPayment('dup-1'))).toEqual({
      status: '0',
      error: '1002',
      msg: 'Illegal Param: orderId duplicate',
    });
    expect(sb.control.orders('ID').payments).toHaveLength(1);
  });

  it('GET signature covers the path id', async () => {
    await id.createPayment(idPayment('path-1'));
    const qs = new URLSearchParams({ appId: String(sb.merchants.ID.appId) });
    qs.set('sign', id.signer.sign({ appId: String(sb.merchants.ID.appId), orderId: 'other' }));
    const r = await (await fetch(`${sb.url}/api/payment/path-1?${qs}`)).json();
    expect(r).toMatchObject({ error: '1002', msg: 'Illegal Param: sign' });
  });
});

describe('payouts, balance, statement, settlement', () => {
  it('rejects a payout above the available balance', async () => {
    expect(await id.submitPayout(idPayout('po-0'))).toMatchObject({
      error: '1002',
      msg: 'Illegal Param: insufficient balance',
    });
  });

  it('freezes on submit, books PAYOUT+FEE on success, releases on failure', async () => {
    sb.control.fund('ID', '1000000');
    expect((await id.balance()).data).toMatchObject({
      currency: 'IDR',
      available: '1000000',
      pending: '0',
      frozen: '0',
    });
    const s = await id.submitPayout(idPayout('po-1', { amount: '100000' }));
    expect(s.data).toMatchObject({ orderId: 'po-1', status: 1 });
    expect((await id.balance()).data).toMatchObject({ available: '899000', frozen: '101000' });
    sb.control.payoutOutcome('ID', 'po-1', { status: 2 });
    const q = await id.getPayout('po-1');
    expect(q.data).toMatchObject({ status: 2, amount: '100000', fee: '1000' });
    expect(String(q.data?.['finishTime'])).toMatch(/\+07:00$/);
    await id.submitPayout(idPayout('po-2', { amount: '100000' }));
    sb.control.payoutOutcome('ID', 'po-2', { status: 3, errorMsg: 'bank rejected' });
    expect((await id.getPayout('po-2')).data).toMatchObject({
      status: 3,
      errorMsg: 'bank rejected',
    });
    expect((await id.balance()).data).toMatchObject({
      available: '899000',
      pending: '0',
      frozen: '0',
    });
    expect(() => sb.control.payoutOutcome('ID', 'po-2', { status: 2 })).toThrow(/4014/);
    expect(await id.getPayout('po-x')).toMatchObject({ error: '4013' });
    expect(await id.submitPayout(idPayout('po-1'))).toMatchObject({
      msg: 'Illegal Param: orderId duplicate',
    });

    const d = today();
    const st = await id.statement({ startDate: d, endDate: d, page: '1', pageSize: '100' });
    const entries = st.data?.['entries'] as Array<Record<string, string>>;
    expect(entries.map((e) => e.type)).toEqual(['PAYMENT', 'FEE', 'PAYOUT', 'FEE']);
    expect(entries.at(-1)?.balanceAfter).toBe('899000');
    expect(st.data).toMatchObject({ total: 4, page: 1, pageSize: 100 });
    const page2 = await id.statement({ startDate: d, endDate: d, page: '2', pageSize: '3' });
    expect((page2.data!['entries'] as unknown[]).length).toBe(1);
    const sr = await id.settlements({ startDate: d, endDate: d, page: '1', pageSize: '10' });
    expect(sr.data).toMatchObject({ total: 1 });
    const rec = (sr.data!['records'] as Array<Record<string, unknown>>)[0];
    expect(rec).toMatchObject({ settleDate: d, currency: 'IDR', netAmount: '1000000', status: 2 });
  });

  it('PK payouts need a CNIC; TH PromptPay needs 10/13 digits', async () => {
    sb.control.fund('PK', '5000.00');
    const base = {
      orderId: 'pk-po',
      amount: '100.00',
      accountType: 'EWALLET',
      bankCode: 'JAZZCASH',
      accountNo: '03001234567',
      name: 'Ali Khan',
      phone: '03001234567',
      email: 'a@b.co',
    };
    expect(await pk.submitPayout(base)).toMatchObject({
      error: '1001',
      msg: 'param is null: idCard',
    });
    expect(await pk.submitPayout({ ...base, idCard: '12345' })).toMatchObject({
      error: '1002',
      msg: 'Illegal Param: idCard',
    });
    expect((await pk.submitPayout({ ...base, idCard: '3520212345671' })).status).toBe('1');
    sb.control.fund('TH', '5000.00');
    const tb = {
      orderId: 'th-po',
      amount: '100.00',
      accountType: 'EWALLET',
      bankCode: 'PROMPTPAY',
      accountNo: '12345',
      ...PAYER.TH,
    };
    expect(await th.submitPayout(tb)).toMatchObject({ msg: 'Illegal Param: accountNo' });
    expect((await th.submitPayout({ ...tb, accountNo: '0812345678' })).status).toBe('1');
  });

  it('batch: 1..500 items, per-item results in order', async () => {
    sb.control.fund('ID', '300000');
    const r = await id.post('/api/payout/batch', {
      batchId: 'b-1',
      items: [
        idPayout('b-1-a', { amount: '100000' }),
        idPayout('b-1-b', { amount: 'abc' }),
        idPayout('b-1-a', { amount: '100' }),
        idPayout('b-1-c', { amount: '500000' }),
        idPayout('b-1-d', { amount: '100000' }),
      ],
    });
    expect(r.status).toBe('1');
    const results = r.data?.['results'] as Array<Record<string, unknown>>;
    expect(results.map((x) => x['orderId'])).toEqual(['b-1-a', 'b-1-b', 'b-1-a', 'b-1-c', 'b-1-d']);
    expect(results[0]).toMatchObject({ status: 1 });
    expect(results[1]).toMatchObject({ error: '1002', msg: 'Illegal Param: amount' });
    expect(results[2]).toMatchObject({ error: '1002', msg: 'Illegal Param: orderId duplicate' });
    expect(results[3]).toMatchObject({ error: '1002', msg: 'Illegal Param: insufficient balance' });
    expect(results[4]).toMatchObject({ status: 1 });
    expect(
      await id.post('/api/payout/batch', { batchId: 'b-1', items: [idPayout('z')] }),
    ).toMatchObject({
      msg: 'Illegal Param: batchId duplicate',
    });
    expect(await id.post('/api/payout/batch', { batchId: 'b-2', items: [] })).toMatchObject({
      error: '1001',
    });
    const many = Array.from({ length: 501 }, (_, i) => idPayout(`m-${i}`));
    expect(await id.post('/api/payout/batch', { batchId: 'b-3', items: many })).toMatchObject({
      msg: 'Illegal Param: items',
    });
  });

  it('range validation', async () => {
    expect(await id.statement({ startDate: '2026-02-30', endDate: '2026-03-01' })).toMatchObject({
      msg: 'Illegal Param: startDate',
    });
    expect(await id.statement({ endDate: '2026-03-01' })).toMatchObject({ error: '1001' });
    expect(
      await id.statement({ startDate: '2026-03-01', endDate: '2026-03-01', pageSize: '101' }),
    ).toMatchObject({
      msg: 'Illegal Param: pageSize',
    });
  });
});

describe('magic values', () => {
  it('amount ending 777 pays itself, 666 fails, payout to 0000000000 fails', async () => {
    const sb2 = await start({ payoutCompletion: 'auto', payoutDelayMs: 20, magicDelayMs: 10 });
    try {
      const c = new TestClient(sb2.merchants.ID);
      await c.createPayment(idPayment('m-ok', { amount: '100777' }));
      await c.createPayment(idPayment('m-ko', { amount: '100666' }));
      sb2.control.fund('ID', '1000000');
      await c.submitPayout(idPayout('m-po-ko', { accountNo: '0000000000' }));
      await c.submitPayout(idPayout('m-po-ok'));
      await new Promise((r) => setTimeout(r, 150));
      expect((await c.getPayment('m-ok')).data?.['status']).toBe(2);
      expect((await c.getPayment('m-ko')).data?.['status']).toBe(3);
      expect((await c.getPayout('m-po-ko')).data).toMatchObject({
        status: 3,
        errorMsg: 'account not found',
      });
      expect((await c.getPayout('m-po-ok')).data?.['status']).toBe(2);
    } finally {
      await sb2.stop();
    }
  });
});
