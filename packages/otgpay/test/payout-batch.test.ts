import type { CreatePayoutInput, Normalized } from '@paymux/core';
import { describe, expect, it } from 'vitest';
import { otgpay, type PayoutBatchProgress } from '../src/index.js';
import { fakeOtgpay, type Received } from './fixtures/fake-otgpay.js';
import { customer, providerOptions, recordingContext } from './fixtures/provider-options.js';

function item(n: number): Normalized<CreatePayoutInput> {
  return {
    reference: `po-${n}`,
    money: { amount: BigInt(100_000 + n) * 100n, currency: 'IDR' },
    country: 'ID',
    destination: {
      type: 'bank_account',
      bank: '014',
      accountNumber: `12345${String(n).padStart(5, '0')}`,
    },
    recipient: customer,
  };
}

interface BatchItem {
  orderId: string;
}

function batchItems(request: Received): BatchItem[] {
  return request.params['items'] as BatchItem[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('payout batches', () => {
  it('splits 1201 items into 3 requests (500/500/201), results in input order, progress per request', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const fake = fakeOtgpay(async (request) => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const items = batchItems(request);
      // the first request answers last, to prove results are put back in input order
      await sleep(request.params['batchId'] === 'batch-7-1' ? 60 : 5);
      inFlight -= 1;
      return {
        data: {
          batchId: request.params['batchId'] as string,
          results: items.map((entry) =>
            entry.orderId === 'po-700'
              ? { orderId: entry.orderId, error: '1002', msg: 'Illegal Param: accountNo' }
              : { orderId: entry.orderId, orderNo: `W-${entry.orderId}`, status: 1 },
          ),
        },
      };
    });
    const progress: PayoutBatchProgress[] = [];
    const provider = otgpay(
      providerOptions(fake.fetch, {
        onBatchProgress: (p) => progress.push(p),
        batchConcurrency: 2,
      }),
    );
    const items = Array.from({ length: 1201 }, (_, n) => item(n));
    const result = await provider.createPayoutBatch(
      { reference: 'batch-7', items, notifyUrl: 'https://shop.example/hook' },
      recordingContext(),
    );

    expect(fake.received.map((r) => [r.params['batchId'], batchItems(r).length])).toEqual([
      ['batch-7-1', 500],
      ['batch-7-2', 500],
      ['batch-7-3', 201],
    ]);
    expect(fake.received.every((r) => r.signatureValid)).toBe(true);
    expect(fake.received[0]?.params['notifyUrl']).toBe('https://shop.example/hook');
    expect(batchItems(fake.received[2] as Received)[0]).toMatchObject({
      orderId: 'po-1000',
      amount: '101000',
      accountNo: '1234501000',
    });
    expect(maxInFlight).toBe(2);

    expect(result.items).toHaveLength(1201);
    result.items.forEach((entry, index) => {
      expect(entry.index).toBe(index);
      expect(entry.reference).toBe(`po-${index}`);
    });
    const refused = result.items[700];
    expect(refused?.ok).toBe(false);
    if (refused && !refused.ok) {
      expect(refused.error).toMatchObject({
        code: 'validation',
        field: 'items.700.destination.accountNumber',
        reference: 'po-700',
      });
    }
    const first = result.items[0];
    expect(first?.ok && first.payout).toMatchObject({
      reference: 'po-0',
      providerReference: 'W-po-0',
      money: { amount: 10_000_000n, currency: 'IDR' },
      status: 'processing',
    });

    expect(progress).toHaveLength(3);
    expect(progress.at(-1)).toMatchObject({
      requestsDone: 3,
      requests: 3,
      itemsDone: 1201,
      items: 1201,
      succeeded: 1200,
      failed: 1,
    });
  });

  it('sends one request with batchId = reference when the batch fits, locally refused items not sent', async () => {
    const fake = fakeOtgpay((request) => ({
      data: {
        batchId: request.params['batchId'] as string,
        results: batchItems(request).map((entry) => ({
          orderId: entry.orderId,
          orderNo: 'W',
          status: 1,
        })),
      },
    }));
    const bad = { ...item(2), recipient: { ...customer, phone: 'nope' } };
    const result = await otgpay(providerOptions(fake.fetch)).createPayoutBatch(
      { reference: 'small', items: [item(1), bad, item(3)] },
      recordingContext(),
    );
    expect(fake.received).toHaveLength(1);
    expect(fake.received[0]?.params['batchId']).toBe('small');
    expect(batchItems(fake.received[0] as Received).map((i) => i.orderId)).toEqual([
      'po-1',
      'po-3',
    ]);
    expect(result.items.map((i) => i.ok)).toEqual([true, false, true]);
    const refused = result.items[1];
    if (refused && !refused.ok) expect(refused.error.field).toBe('items.1.recipient.phone');
  });

  it('resolves a request with an unknown outcome by querying each item, never resending', async () => {
    const fake = fakeOtgpay((request) => {
      if (request.path === '/api/payout/batch') return { error: '1003', msg: 'system exception' };
      const id = request.path.split('/').pop();
      if (id === 'po-2') return { error: '4013', msg: 'order not exit' };
      return {
        data: { orderId: id as string, orderNo: `W-${id}`, amount: '100001', status: 1, fee: '0' },
      };
    });
    const result = await otgpay(providerOptions(fake.fetch)).createPayoutBatch(
      { reference: 'lost', items: [item(1), item(2)] },
      recordingContext(),
    );
    expect(fake.received.filter((r) => r.path === '/api/payout/batch')).toHaveLength(1);
    expect(fake.received.filter((r) => r.method === 'GET')).toHaveLength(2);
    expect(result.items[0]).toMatchObject({ ok: true, payout: { providerReference: 'W-po-1' } });
    const unknown = result.items[1];
    expect(unknown?.ok).toBe(false);
    if (unknown && !unknown.ok) {
      expect(unknown.error).toMatchObject({ code: 'unknown_outcome', reference: 'po-2' });
    }
  });

  it('gives every item of a definitely refused request that request error', async () => {
    const fake = fakeOtgpay(() => ({ error: '1004', msg: 'system is busy' }));
    const result = await otgpay(providerOptions(fake.fetch)).createPayoutBatch(
      { reference: 'busy', items: [item(1), item(2)] },
      recordingContext(),
    );
    expect(fake.received).toHaveLength(1);
    for (const entry of result.items) {
      expect(entry.ok).toBe(false);
      if (!entry.ok) expect(entry.error).toMatchObject({ code: 'rate_limited', retryable: true });
    }
  });
});
