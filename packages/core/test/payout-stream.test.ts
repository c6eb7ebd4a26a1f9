import { describe, expect, it } from 'vitest';
import type { CreatePayoutInput, PayoutBatchItemResult } from '../src/index.js';
import { createPaymux } from '../src/index.js';
import { FakeProvider } from './support/fake-provider.js';

function payout(reference: string, amount = 1_000_000n): CreatePayoutInput {
  return {
    reference,
    money: { amount, currency: 'IDR' },
    country: 'ID',
    destination: { type: 'bank_account', bank: 'BCA', accountNumber: '1234567890' },
    recipient: { name: 'Siti Rahma', email: 'siti@example.com', phone: '081298765432' },
  };
}

async function collect(iterable: AsyncIterable<PayoutBatchItemResult>) {
  const out: PayoutBatchItemResult[] = [];
  for await (const result of iterable) out.push(result);
  return out;
}

describe('payouts.streamBatch', () => {
  it('sends any number of items in chunks, yields every result with its source index, reports progress', async () => {
    const provider = new FakeProvider('fake');
    const paymux = createPaymux({ providers: [provider] });
    const progress: Array<{ done: number; total: number; reference: string }> = [];
    paymux.on('payout_batch.progress', (p) => {
      if (p.reference === 'stream-1') progress.push(p);
    });
    function* items() {
      for (let i = 0; i < 1234; i++) yield payout(`s1-${i}`);
    }
    const results = await collect(
      paymux.payouts.streamBatch({
        reference: 'stream-1',
        items: items(),
        chunkSize: 100,
        concurrency: 3,
      }),
    );
    expect(results).toHaveLength(1234);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(new Set(results.map((r) => r.index)).size).toBe(1234);
    for (const r of results) expect(r.reference).toBe(`s1-${r.index}`);
    expect(progress.at(-1)).toMatchObject({ done: 1234, total: 1234 });
    expect(progress).toHaveLength(13);
    // every item is recorded: a later single create with the same reference is not sent again
    const sent = provider.calls.length;
    const again = await paymux.payouts.create(payout('s1-7'));
    expect(again.reference).toBe('s1-7');
    expect(provider.calls.slice(sent).map((c) => c.operation)).not.toContain('createPayout');
  });

  it('reads the source lazily: never more than concurrency × chunkSize items ahead of the results', async () => {
    const paymux = createPaymux({ providers: [new FakeProvider('fake')] });
    let read = 0;
    let maxAhead = 0;
    let consumed = 0;
    async function* items() {
      for (let i = 0; i < 2000; i++) {
        read += 1;
        maxAhead = Math.max(maxAhead, read - consumed);
        yield payout(`lazy-${i}`);
      }
    }
    for await (const _ of paymux.payouts.streamBatch({
      reference: 'lazy',
      items: items(),
      chunkSize: 50,
      concurrency: 2,
    })) {
      consumed += 1;
    }
    expect(consumed).toBe(2000);
    expect(maxAhead).toBeLessThanOrEqual(3 * 50);
  });

  it('refuses bad items before sending, naming items.<index>.<field>, and sends the rest', async () => {
    const paymux = createPaymux({ providers: [new FakeProvider('fake')] });
    const bad = {
      ...payout('bad-1'),
      recipient: { ...payout('x').recipient, email: 'not-an-email' },
    };
    const results = await collect(
      paymux.payouts.streamBatch({
        reference: 'mixed',
        items: [
          payout('ok-0'),
          bad,
          payout('ok-0'),
          { ...payout('thb'), money: { amount: 100n, currency: 'THB' } },
          payout('ok-4'),
        ],
      }),
    );
    const byIndex = new Map(results.map((r) => [r.index, r]));
    expect(results).toHaveLength(5);
    expect(byIndex.get(0)?.ok).toBe(true);
    expect(byIndex.get(4)?.ok).toBe(true);
    const fields = [1, 2, 3].map((i) => {
      const r = byIndex.get(i);
      return r && !r.ok ? [r.error.code, r.error.field] : undefined;
    });
    expect(fields).toEqual([
      ['validation', 'items.1.recipient.email'],
      ['validation', 'items.2.reference'],
      ['validation', 'items.3.money.currency'],
    ]);
  });
});

describe('payouts.streamBatch chunk fields', () => {
  it('checks each chunk reference and the notifyUrl before sending (items are not validated twice)', async () => {
    const provider = new FakeProvider('fake');
    const paymux = createPaymux({ providers: [provider] });
    const long = await collect(
      paymux.payouts.streamBatch({ reference: 'r'.repeat(47), items: [payout('cf-1')] }),
    );
    expect(long[0]).toMatchObject({ ok: false, error: { code: 'validation', field: 'reference' } });
    const badUrl = await collect(
      paymux.payouts.streamBatch({
        reference: 'cf',
        items: [payout('cf-2')],
        notifyUrl: 'not a url',
      }),
    );
    expect(badUrl[0]).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'notifyUrl' },
    });
    expect(provider.callsOf('createPayoutBatch')).toHaveLength(0);
  });
});
