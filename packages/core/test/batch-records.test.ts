import { describe, expect, it } from 'vitest';
import type { CreatePayoutInput, PayoutBatchItemResult } from '../src/index.js';
import { createPaymux, MemoryStore, merchantRecordsFromStore, TimeoutError } from '../src/index.js';
import { FakeProvider } from './support/fake-provider.js';
import { instantRetry } from './support/inputs.js';

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

function* items(prefix: string, count: number) {
  for (let i = 0; i < count; i++) yield payout(`${prefix}-${i}`);
}

describe('payout batch records: one compact record per chunk, no record per item', () => {
  it('keeps a few store entries per chunk, not one or two per item', async () => {
    const store = new MemoryStore();
    const paymux = createPaymux({ providers: [new FakeProvider('fake')], store });
    const results = await collect(
      paymux.payouts.streamBatch({ reference: 'cmp', items: items('cmp', 2000), chunkSize: 250 }),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(2000);
    expect(await store.list('idem:payout:')).toHaveLength(0);
    expect(await store.list('ref:payout:')).toHaveLength(0);
    expect(await store.list('idem:payout_batch:')).toHaveLength(8);
    // 8 chunk records + at most 64 index buckets (a head and a page each)
    expect(store.size).toBeLessThanOrEqual(8 + 2 * 64);
  });

  it('a later create with an item reference queries the chunk provider and adopts, never sends', async () => {
    const first = new FakeProvider('first');
    const second = new FakeProvider('second');
    const store = new MemoryStore();
    const batcher = createPaymux({ providers: [first, second], store });
    await collect(batcher.payouts.streamBatch({ reference: 'adopt', items: items('ad', 30) }));
    // another instance on the same store, whose routing would send to `second`
    const paymux = createPaymux({ providers: [second, first], store });
    const again = await paymux.payouts.create(payout('ad-17'));
    expect(again).toMatchObject({ reference: 'ad-17', provider: 'first' });
    expect(first.callsOf('createPayout')).toHaveLength(0);
    expect(first.callsOf('getPayout').map((c) => c.reference)).toEqual(['ad-17']);
    expect(second.calls).toHaveLength(0);
    // now it has a record of its own: no further query
    await paymux.payouts.create(payout('ad-17'));
    expect(first.callsOf('getPayout')).toHaveLength(1);
  });

  it('a later create with an item reference and another amount is InvalidStateError, nothing sent', async () => {
    const provider = new FakeProvider('fake');
    const paymux = createPaymux({ providers: [provider], retry: instantRetry().options });
    await collect(paymux.payouts.streamBatch({ reference: 'reuse', items: items('ru', 5) }));
    await expect(paymux.payouts.create(payout('ru-2', 2_000_000n))).rejects.toMatchObject({
      code: 'invalid_state',
      reference: 'ru-2',
    });
    expect(provider.callsOf('createPayout')).toHaveLength(0);
  });

  it('the same chunk sent again returns its recorded outcome without calling the provider', async () => {
    const provider = new FakeProvider('fake');
    const paymux = createPaymux({ providers: [provider] });
    const batch = { reference: 'again', items: [payout('ag-1'), payout('ag-2', 2_000_000n)] };
    const first = await paymux.payouts.createBatch(batch);
    const second = await paymux.payouts.createBatch(batch);
    expect(provider.callsOf('createPayoutBatch')).toHaveLength(1);
    expect(second.items).toEqual(first.items);
    // the same chunk reference with other items is a reused reference
    await expect(
      paymux.payouts.createBatch({ reference: 'again', items: [payout('ag-1', 5_000_000n)] }),
    ).rejects.toMatchObject({ code: 'invalid_state' });
  });

  it('retrieve finds the provider of a batch item and reports a status change', async () => {
    const provider = new FakeProvider('fake');
    const paymux = createPaymux({ providers: [provider] });
    await paymux.payouts.createBatch({ reference: 'rt', items: [payout('rt-1')] });
    const stored = provider.payouts.get('rt-1');
    if (!stored) throw new Error('not created');
    provider.payouts.set('rt-1', { ...stored, status: 'succeeded' });
    const updates: string[] = [];
    paymux.on('payout.updated', (e) => updates.push(`${e.previousStatus}→${e.payout.status}`));
    const found = await paymux.payouts.retrieve('rt-1');
    expect(found.status).toBe('succeeded');
    expect(updates).toEqual([`${stored.status}→succeeded`]);
  });

  it('an item of unknown outcome is queried by the next create, never resent blindly', async () => {
    const provider = new FakeProvider('fake');
    provider.fail('createPayoutBatch', { error: new TimeoutError('t'), afterEffect: true });
    provider.fail('getPayout', new TimeoutError('t'));
    const paymux = createPaymux({ providers: [provider], retry: instantRetry(1).options });
    const result = await paymux.payouts
      .createBatch({ reference: 'unk', items: [payout('unk-1')] })
      .catch((error: unknown) => error);
    expect(result).toMatchObject({ code: 'unknown_outcome' });
    const adopted = await paymux.payouts.create(payout('unk-1'));
    expect(adopted.reference).toBe('unk-1');
    expect(provider.callsOf('createPayout')).toHaveLength(0);
    expect(provider.callsOf('createPayoutBatch')).toHaveLength(1);
  });

  it('reconciliation lists batch items from the chunk records', async () => {
    const store = new MemoryStore();
    const paymux = createPaymux({ providers: [new FakeProvider('fake')], store });
    await collect(
      paymux.payouts.streamBatch({ reference: 'rec', items: items('rec', 12), chunkSize: 5 }),
    );
    await paymux.payouts.create(payout('rec-3'));
    const records = await merchantRecordsFromStore(store, 'fake');
    const payouts = records.filter((r) => r.kind === 'payout');
    expect(payouts.map((r) => r.reference).sort()).toEqual(
      Array.from({ length: 12 }, (_, i) => `rec-${i}`).sort(),
    );
    expect(payouts[0]).toMatchObject({ money: { amount: 1_000_000n, currency: 'IDR' } });
  });
});
