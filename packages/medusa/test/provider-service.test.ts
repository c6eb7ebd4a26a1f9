import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPaymux } from '@paymux/core';
import { otgpay } from '@paymux/otgpay';
import { indonesia } from '@paymux/otgpay-id';
import { type Sandbox, startSandbox } from '@paymux/otgpay-sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PaymuxPaymentProviderService } from '../src/index.js';
import { credentials } from './support/credentials.js';

/**
 * The provider service on its own (no Medusa module, no database), called the way the
 * Payment Module calls it, against the OTGPAY sandbox over real HTTP. Runs everywhere; the
 * Payment Module suite in test/integration needs PostgreSQL.
 */
let sandbox: Sandbox;
let hooks: Server;
let provider: PaymuxPaymentProviderService;
const received: { body: Buffer; headers: IncomingHttpHeaders }[] = [];
const warnings: string[] = [];

const customer = {
  id: 'cus_1',
  email: 'siti@example.co.id',
  first_name: 'Siti',
  last_name: 'Rahma',
  phone: '0812 3456 7890',
};

beforeAll(async () => {
  sandbox = await startSandbox({ callbackRetryDelaysMs: [] });
  hooks = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ body: Buffer.concat(chunks), headers: req.headers });
      res.writeHead(200).end('SUCCESS');
    });
  });
  await new Promise<void>((resolve) => hooks.listen(0, '127.0.0.1', resolve));
  const { port } = hooks.address() as AddressInfo;
  const paymux = createPaymux({
    providers: [otgpay({ ...credentials(sandbox, 'ID'), country: indonesia() })],
  });
  provider = new PaymuxPaymentProviderService(
    { logger: { warn: (m: string) => warnings.push(m) } },
    { paymux, notifyUrl: `http://127.0.0.1:${port}/hooks/payment/paymux_otgpay-id` },
  );
});

afterAll(async () => {
  await sandbox?.stop();
  await new Promise<void>((resolve) => hooks?.close(() => resolve()));
});

const orders = () => sandbox.control.orders('ID').payments;

async function initiate(sessionId: string, amount: unknown = '150000', data = {}) {
  return provider.initiatePayment({
    amount: amount as never,
    currency_code: 'idr',
    data: { session_id: sessionId, ...data },
    context: { idempotency_key: sessionId, customer },
  });
}

describe('PaymuxPaymentProviderService against the sandbox', () => {
  it('answers a QR session pending_authorization with the QR payload for the storefront', async () => {
    const session = await initiate('payses_qr_1');
    expect(session.id).toBe('payses_qr_1');
    expect(session.status).toBe('pending_authorization');
    expect(session.data).toMatchObject({
      reference: 'payses_qr_1',
      provider: 'otgpay-id',
      status: 'pending',
      amount: '150000',
      currency: 'IDR',
      method: { type: 'qr' },
      next_action: { type: 'qr', qr_payload: expect.stringMatching(/^000201/) },
    });
    const [order] = orders().filter((o) => o.orderId === 'payses_qr_1');
    expect(order).toMatchObject({ amount: '150000', payType: 'QR' });
  });

  it('refuses a session without a phone before anything is sent, naming the field', async () => {
    const before = orders().length;
    const error = await provider
      .initiatePayment({
        amount: '150000',
        currency_code: 'idr',
        data: { session_id: 'payses_nophone' },
        context: { idempotency_key: 'payses_nophone', customer: { ...customer, phone: null } },
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ type: 'invalid_data' });
    expect((error as Error).message).toMatch(/customer\.phone is required.*data\.customer\.phone/);
    expect(orders().length).toBe(before);
  });

  it('is captured once the payer paid, and the signed callback maps to captured with the exact amount', async () => {
    const session = await initiate('payses_va_1', 250000, {
      method: { type: 'virtual_account', channel: 'Mandiri' },
    });
    expect(session.data?.next_action).toMatchObject({
      type: 'virtual_account',
      bank: '008',
      account_number: expect.any(String),
    });
    expect((await provider.authorizePayment({ data: session.data })).status).toBe(
      'pending_authorization',
    );
    await expect(provider.capturePayment({ data: session.data })).rejects.toMatchObject({
      type: 'not_allowed',
    });

    sandbox.control.pay('ID', 'payses_va_1');
    await sandbox.control.callbacksIdle();
    const authorized = await provider.authorizePayment({ data: session.data });
    expect(authorized.status).toBe('captured');
    expect(authorized.data).toMatchObject({ status: 'succeeded', amount: '250000' });
    // The QR/VA details survive the status query, which does not repeat them.
    expect(authorized.data?.next_action).toEqual(session.data?.next_action);
    expect((await provider.getPaymentStatus({ data: session.data })).status).toBe('captured');

    const callback = received.find((r) => r.body.toString().includes('payses_va_1'));
    expect(callback).toBeDefined();
    const body = callback!.body;
    expect(
      await provider.getWebhookActionAndData({
        data: JSON.parse(body.toString()),
        rawData: body,
        headers: callback!.headers as Record<string, unknown>,
      }),
    ).toEqual({ action: 'captured', data: { session_id: 'payses_va_1', amount: '250000' } });

    const forged = Buffer.from(body.toString().replace('"250000"', '"2500000"'));
    expect(forged.equals(body)).toBe(false);
    expect(
      await provider.getWebhookActionAndData({
        data: JSON.parse(forged.toString()),
        rawData: forged,
        headers: {},
      }),
    ).toEqual({ action: 'not_supported' });
    expect(warnings.at(-1)).toMatch(/webhook for otgpay-id rejected/);
    expect(warnings.join('\n')).not.toMatch(/sbx_|PRIVATE KEY/);
  });

  it('refunds part of a paid payment with the Medusa refund id, and refuses a fractional rupiah', async () => {
    const session = await initiate('payses_refund_1');
    sandbox.control.pay('ID', 'payses_refund_1');
    const { data } = await provider.authorizePayment({ data: session.data });

    const refunded = await provider.refundPayment({
      data,
      amount: { value: '50000', precision: 20 } as never,
      context: { idempotency_key: 'ref_01' },
    });
    expect(refunded.data).toMatchObject({
      refunded: '50000',
      refunds: [{ reference: 'ref_01', amount: '50000', status: 'succeeded' }],
    });

    const error = await provider
      .refundPayment({
        data,
        amount: { value: '50000.5', precision: 20 } as never,
        context: { idempotency_key: 'ref_02' },
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ type: 'invalid_data' });
    expect((error as Error).message).toMatch(/field money\.amount/);
    const [order] = orders().filter((o) => o.orderId === 'payses_refund_1');
    expect(order?.refunds).toHaveLength(1);
  });

  it('keeps the amount of a payment order: same amount is a no-op, another one is refused', async () => {
    const session = await initiate('payses_update_1');
    const same = await provider.updatePayment({
      amount: 150000,
      currency_code: 'idr',
      data: session.data,
    });
    expect(same.status).toBe('pending_authorization');
    await expect(
      provider.updatePayment({ amount: 160000, currency_code: 'idr', data: session.data }),
    ).rejects.toMatchObject({ type: 'not_allowed' });
    expect(orders().filter((o) => String(o.orderId).startsWith('payses_update'))).toHaveLength(1);
  });

  it('reports a failed payment as error through getPaymentStatus', async () => {
    const session = await initiate('payses_fail_1', '100666');
    let status = 'pending_authorization';
    for (let i = 0; i < 100 && status === 'pending_authorization'; i++) {
      await new Promise((r) => setTimeout(r, 20));
      status = (await provider.getPaymentStatus({ data: session.data })).status;
    }
    expect(status).toBe('error');
  });
});
