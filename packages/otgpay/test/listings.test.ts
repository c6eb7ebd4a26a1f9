import { PaymuxError } from '@paymux/core';
import { describe, expect, it } from 'vitest';
import { otgpay } from '../src/index.js';
import { fakeOtgpay } from './fixtures/fake-otgpay.js';
import { providerOptions, recordingContext } from './fixtures/provider-options.js';

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe('settlement and statement listings', () => {
  it('walks every statement page until total, with signed exact amounts', async () => {
    const total = 250;
    const fake = fakeOtgpay((request) => {
      const page = Number(request.params['page']);
      const size = Number(request.params['pageSize']);
      const from = (page - 1) * size;
      const count = Math.max(0, Math.min(size, total - from));
      return {
        data: {
          total,
          page,
          pageSize: size,
          entries: Array.from({ length: count }, (_, i) => ({
            entryNo: `E${from + i}`,
            time: '2026-11-24T10:00:00+07:00',
            type: (from + i) % 2 === 0 ? 'PAYMENT' : 'FEE',
            orderId: `order-${from + i}`,
            amount: (from + i) % 2 === 0 ? '1000' : '-7',
            balanceAfter: String(from + i),
          })),
        },
      };
    });
    const entries = await collect(
      otgpay(providerOptions(fake.fetch)).listStatement(
        { startDate: '2026-11-01', endDate: '2026-11-30' },
        recordingContext(),
      ),
    );
    expect(fake.received.map((r) => [r.params['page'], r.params['pageSize']])).toEqual([
      ['1', '100'],
      ['2', '100'],
      ['3', '100'],
    ]);
    expect(entries).toHaveLength(250);
    expect(entries[0]).toMatchObject({
      reference: 'E0',
      type: 'payment',
      orderReference: 'order-0',
      amount: { amount: 100_000n, currency: 'IDR' },
    });
    expect(entries[1]?.amount).toEqual({ amount: -700n, currency: 'IDR' });
    expect(entries[249]?.reference).toBe('E249');
  });

  it('walks settlement records with a custom page size', async () => {
    const fake = fakeOtgpay((request) => {
      const page = Number(request.params['page']);
      const records = page <= 2 ? [page * 2 - 1, page * 2] : [5];
      return {
        data: {
          total: 5,
          page,
          pageSize: 2,
          records: records.map((n) => ({
            settlementNo: `S${n}`,
            settleDate: '2026-11-23',
            currency: 'IDR',
            grossAmount: '300000',
            fee: '2100',
            netAmount: '297900',
            status: 2,
          })),
        },
      };
    });
    const settlements = await collect(
      otgpay(providerOptions(fake.fetch)).listSettlements(
        { startDate: '2026-11-01', endDate: '2026-11-30', pageSize: 2 },
        recordingContext(),
      ),
    );
    expect(fake.received).toHaveLength(3);
    expect(settlements.map((s) => s.reference)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5']);
    expect(settlements[0]).toMatchObject({
      date: '2026-11-23',
      gross: { amount: 30_000_000n, currency: 'IDR' },
      net: { amount: 29_790_000n, currency: 'IDR' },
      status: 'settled',
    });
  });

  it('stops with a ProviderError when a page comes back empty before total', async () => {
    const fake = fakeOtgpay(() => ({ data: { total: 10, page: 1, pageSize: 100, records: [] } }));
    const error = await collect(
      otgpay(providerOptions(fake.fetch)).listSettlements(
        { startDate: '2026-11-01', endDate: '2026-11-30' },
        recordingContext(),
      ),
    ).catch((e: unknown) => e);
    expect(PaymuxError.isInstance(error) && error.code).toBe('provider_error');
    expect(fake.received).toHaveLength(1);
  });

  it('refuses a bad range or page size before calling OTGPAY', () => {
    const provider = otgpay(providerOptions(fakeOtgpay(() => ({ data: {} })).fetch));
    const ctx = recordingContext();
    expect(() =>
      provider.listStatement({ startDate: '2026-02-30', endDate: '2026-03-01' }, ctx),
    ).toThrow(expect.objectContaining({ field: 'startDate', rule: 'date' }));
    expect(() =>
      provider.listStatement(
        { startDate: '2026-02-01', endDate: '2026-03-01', pageSize: 101 },
        ctx,
      ),
    ).toThrow(expect.objectContaining({ field: 'pageSize' }));
  });
});
