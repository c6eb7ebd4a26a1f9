import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PaymuxError, type WebhookEvent } from '@paymux/core';
import type { Sandbox } from '@paymux/otgpay-sandbox';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OtgpayProvider } from '../../src/index.js';
import { otherKeys } from '../fixtures/keys.js';
import { customer, recordingContext } from '../fixtures/provider-options.js';
import { jakartaDate, sandboxProvider, startTestSandbox } from '../fixtures/sandbox-provider.js';

async function rejection(promise: Promise<unknown>): Promise<PaymuxError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!PaymuxError.isInstance(error))
    throw new Error(`expected a PaymuxError, got ${String(error)}`);
  return error;
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

let sandbox: Sandbox;
let provider: OtgpayProvider;
let hookServer: Server;
let hookUrl: string;
const delivered: WebhookEvent[] = [];

beforeAll(async () => {
  sandbox = await startTestSandbox();
  provider = sandboxProvider(sandbox);
  // A merchant webhook endpoint: verifies with the provider and answers its ack.
  hookServer = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      provider
        .parseWebhook({ rawBody: Buffer.concat(chunks), headers: req.headers })
        .then((event) => {
          delivered.push(event);
          const ack = provider.webhookAck();
          res.writeHead(ack.status, ack.headers).end(ack.body);
        })
        .catch(() => res.writeHead(400).end('bad'));
    });
  });
  await new Promise<void>((resolve) => hookServer.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(hookServer.address() as AddressInfo).port}/hooks/otgpay`;
}, 60_000);

afterAll(async () => {
  await sandbox?.stop();
  await new Promise<void>((resolve) => hookServer?.close(() => resolve()));
});

beforeEach(() => sandbox.control.clearFaults());

const idr = (rupiah: bigint) => ({ amount: rupiah * 100n, currency: 'IDR' });

describe('OTGPAY provider against the sandbox over real HTTP', () => {
  it('charges, is paid, refunds partly, reports refunds, refuses a refund over the rest', async () => {
    const ctx = recordingContext();
    const charge = await provider.createCharge(
      {
        reference: 'it-charge-1',
        money: idr(150_000n),
        country: 'ID',
        method: { type: 'qr' },
        customer,
        notifyUrl: hookUrl,
      },
      ctx,
    );
    expect(charge).toMatchObject({ status: 'pending', money: idr(150_000n) });
    expect(charge.nextAction?.type).toBe('qr');
    expect(ctx.events.at(-1)).toMatchObject({ status: 200, providerCode: '00000000' });

    sandbox.control.pay('ID', 'it-charge-1');
    const paid = await provider.getCharge({ reference: 'it-charge-1' }, ctx);
    expect(paid.status).toBe('succeeded');
    expect(paid.paidAt).toBeInstanceOf(Date);
    expect(paid.fee?.amount).toBeGreaterThan(0n);

    const refund = await provider.refund(
      {
        chargeReference: 'it-charge-1',
        reference: 'it-refund-1',
        money: idr(50_000n),
        reason: 'size',
      },
      ctx,
    );
    expect(refund).toMatchObject({ status: 'succeeded', money: idr(50_000n), reason: 'size' });

    const after = await provider.getCharge({ reference: 'it-charge-1' }, ctx);
    expect(after.refunded).toEqual(idr(50_000n));
    expect(after.refunds.map((r) => [r.reference, r.money.amount])).toEqual([
      ['it-refund-1', 5_000_000n],
    ]);

    const over = await rejection(
      provider.refund(
        { chargeReference: 'it-charge-1', reference: 'it-refund-2', money: idr(100_001n) },
        ctx,
      ),
    );
    expect(over).toMatchObject({ code: 'validation', field: 'money.amount', rule: 'refundable' });

    await sandbox.control.callbacksIdle();
    expect(delivered.find((e) => e.reference === 'it-charge-1')).toMatchObject({
      id: 'charge.succeeded:it-charge-1',
      status: 'succeeded',
      money: idr(150_000n),
    });
    expect(sandbox.control.callbacks('ID', 'it-charge-1').at(-1)).toMatchObject({ ok: true });
  });

  it('maps sandbox refusals: duplicate reference, unknown order, bad phone caught locally', async () => {
    const ctx = recordingContext();
    const input = {
      reference: 'it-dup',
      money: idr(20_000n),
      country: 'ID',
      method: { type: 'virtual_account' as const, channel: '014' },
      customer,
    };
    const va = await provider.createCharge(input, ctx);
    expect(va.nextAction).toMatchObject({ type: 'virtual_account' });
    expect(await rejection(provider.createCharge(input, ctx))).toMatchObject({
      code: 'validation',
      field: 'reference',
      rule: 'duplicate',
      providerCode: '1002',
    });
    expect(await rejection(provider.getCharge({ reference: 'it-nope' }, ctx))).toMatchObject({
      code: 'not_found',
      providerCode: '4013',
    });
  });

  it('pays out alone and in a batch, and a payout over the balance is refused', async () => {
    const ctx = recordingContext();
    const tooMuch = await rejection(
      provider.createPayout(
        {
          reference: 'it-po-broke',
          money: idr(1_000_000_000n),
          country: 'ID',
          destination: { type: 'bank_account', bank: '014', accountNumber: '1234567890' },
          recipient: customer,
        },
        ctx,
      ),
    );
    expect(tooMuch).toMatchObject({ code: 'invalid_state', providerCode: '1002' });

    sandbox.control.fund('ID', '1000000');
    const payout = await provider.createPayout(
      {
        reference: 'it-po-1',
        money: idr(50_000n),
        country: 'ID',
        destination: { type: 'bank_account', bank: '014', accountNumber: '1234567890' },
        recipient: customer,
        notifyUrl: hookUrl,
      },
      ctx,
    );
    expect(payout).toMatchObject({ status: 'processing', money: idr(50_000n) });
    sandbox.control.payoutOutcome('ID', 'it-po-1', { status: 2 });
    const done = await provider.getPayout({ reference: 'it-po-1' }, ctx);
    expect(done).toMatchObject({ status: 'succeeded', money: idr(50_000n) });
    expect(done.completedAt).toBeInstanceOf(Date);

    const items = [1, 2, 3].map((n) => ({
      reference: `it-batch-item-${n}`,
      money: idr(10_000n * BigInt(n)),
      country: 'ID',
      destination: { type: 'ewallet' as const, bank: 'OVO', accountNumber: `08123456789${n}` },
      recipient: customer,
    }));
    const batch = await sandboxProvider(sandbox, { maxBatchSize: 2 }).createPayoutBatch(
      { reference: 'it-batch', items },
      ctx,
    );
    expect(batch.items.map((i) => [i.reference, i.ok])).toEqual([
      ['it-batch-item-1', true],
      ['it-batch-item-2', true],
      ['it-batch-item-3', true],
    ]);
    const queried = await provider.getPayout({ reference: 'it-batch-item-3' }, ctx);
    expect(queried.money).toEqual(idr(30_000n));
  });

  it('reads balance, settlements and the statement, whose last balanceAfter is the total', async () => {
    const ctx = recordingContext();
    const charge = await provider.createCharge(
      {
        reference: 'it-settle',
        money: idr(300_000n),
        country: 'ID',
        method: { type: 'qr' },
        customer,
      },
      ctx,
    );
    sandbox.control.pay('ID', charge.reference);
    sandbox.control.settle({ appId: 'ID' });
    const balance = await provider.getBalance({ currency: 'IDR' }, ctx);
    expect(balance.total.amount).toBe(
      balance.available.amount + balance.pending.amount + balance.frozen.amount,
    );
    const range = { startDate: jakartaDate(-1), endDate: jakartaDate(1), pageSize: 3 };
    const entries = await collect(provider.listStatement(range, ctx));
    expect(entries.length).toBeGreaterThan(3);
    expect(entries.at(-1)?.balanceAfter).toEqual(balance.total);
    expect(entries.some((e) => e.type === 'payment' && e.orderReference === 'it-settle')).toBe(
      true,
    );
    const settlements = await collect(provider.listSettlements({ ...range, pageSize: 1 }, ctx));
    expect(settlements.length).toBeGreaterThan(0);
    for (const s of settlements) expect(s.net.amount).toBeLessThanOrEqual(s.gross.amount);
  });

  it('rejects responses when configured with the wrong platform public key', async () => {
    const wrong = sandboxProvider(sandbox, { platformPublicKey: otherKeys.publicBase64 });
    const error = await rejection(wrong.getBalance({ currency: 'IDR' }, recordingContext()));
    expect(error.code).toBe('signature_invalid');
  });

  it('rejects a response whose signed data was altered in transit', async () => {
    // A man in the middle on the real HTTP path: the sandbox signs `data`, then one field is
    // changed before the SDK reads it. The signature no longer matches: refused, never used.
    const tamperingFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const envelope = (await response.json()) as { data?: Record<string, unknown> };
      if (envelope.data && typeof envelope.data['available'] === 'string') {
        envelope.data['available'] = `9${envelope.data['available']}`;
      }
      return new Response(JSON.stringify(envelope), {
        status: response.status,
        headers: { 'content-type': 'application/json' },
      });
    };
    const tampered = sandboxProvider(sandbox, { fetch: tamperingFetch });
    const error = await rejection(tampered.getBalance({ currency: 'IDR' }, recordingContext()));
    expect(error).toMatchObject({ code: 'signature_invalid', provider: 'otgpay-id' });
    // The same request without the man in the middle verifies.
    const balance = await provider.getBalance({ currency: 'IDR' }, recordingContext());
    expect(balance.currency).toBe('IDR');
  });

  it('classifies sandbox faults: 1004 busy, commit-then-1003 and a dropped answer', async () => {
    const ctx = recordingContext();
    sandbox.control.setFaults({ busyRate: 1 });
    expect(await rejection(provider.getBalance({ currency: 'IDR' }, ctx))).toMatchObject({
      code: 'rate_limited',
      retryable: true,
    });
    sandbox.control.clearFaults();

    const input = (reference: string) => ({
      reference,
      money: idr(25_000n),
      country: 'ID',
      method: { type: 'qr' as const },
      customer,
    });
    sandbox.control.setFaults({ commitThen1003: 1 });
    expect(await rejection(provider.createCharge(input('it-1003'), ctx))).toMatchObject({
      code: 'unknown_outcome',
      reference: 'it-1003',
      providerCode: '1003',
    });
    sandbox.control.setFaults({ dropAfterCommit: 1 });
    expect(await rejection(provider.createCharge(input('it-drop'), ctx))).toMatchObject({
      code: 'unknown_outcome',
      reference: 'it-drop',
    });
    // Both committed: the query the core makes before any resend finds them.
    expect((await provider.getCharge({ reference: 'it-1003' }, ctx)).status).toBe('pending');
    expect((await provider.getCharge({ reference: 'it-drop' }, ctx)).status).toBe('pending');
  });
});
