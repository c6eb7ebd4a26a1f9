import type { Sandbox } from '@paymux/otgpay-sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chargeInput,
  client,
  payoutInput,
  provider,
  report,
  sandbox,
  sandboxOrders,
  settle,
} from './harness.js';

/**
 * Instance A sends a create, the gateway commits, the answer is lost and A hangs in its
 * backoff wait (as good as dead). Instance B — a new client with an empty store — is asked
 * for the same thing and must recover it, never create a second one, and must refuse the
 * reference reused for another amount.
 */
describe('restart: a new client with an empty store recovers each kind of landed create', () => {
  let sb: Sandbox;
  const stuck = new AbortController();
  const abandoned: Array<Promise<unknown>> = [];
  beforeAll(async () => {
    sb = await sandbox('reliability-restart');
    sb.control.fund('ID', '100000000');
  });
  afterAll(async () => {
    stuck.abort();
    await Promise.allSettled(abandoned);
    await sb.stop();
  });

  /** A client whose first create commits at the gateway and never hears back. */
  function dyingInstance() {
    sb.control.setFaults({ dropAfterCommit: 1 });
    return client([provider(sb, 'otgpay-id')], {
      retry: {
        maxAttempts: 3,
        baseDelayMs: 1,
        maxDelayMs: 1,
        sleep: (_ms, signal) =>
          new Promise((_resolve, reject) =>
            stuck.signal.addEventListener('abort', () =>
              reject(signal?.reason ?? new Error('stopped')),
            ),
          ),
      },
    });
  }

  async function whenCommitted(check: () => boolean) {
    for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
    expect(check()).toBe(true);
  }

  const fresh = () => client([provider(sb, 'otgpay-id')]);
  const figures = { recovered: 0, refusedReuse: 0, duplicates: 0 };

  it('charge', async () => {
    abandoned.push(settle(() => dyingInstance().charges.create(chargeInput('rs-charge', 1))));
    await whenCommitted(() => sandboxOrders(sb).payments.has('rs-charge'));
    const b = fresh();
    const charge = await b.charges.create(chargeInput('rs-charge', 1));
    expect(charge).toMatchObject({ reference: 'rs-charge', provider: 'otgpay-id' });
    figures.recovered++;
    const reused = await settle(() => fresh().charges.create(chargeInput('rs-charge', 2)));
    expect(reused.ok ? undefined : reused.error).toMatchObject({
      code: 'invalid_state',
      field: 'reference',
    });
    expect(reused.ok ? '' : reused.error.message).toMatch(/money: \d+ IDR asked, \d+ IDR found/);
    figures.refusedReuse++;
  });

  it('payout (destination compared too)', async () => {
    abandoned.push(settle(() => dyingInstance().payouts.create(payoutInput('rs-payout', 1))));
    await whenCommitted(() => sandboxOrders(sb).payouts.has('rs-payout'));
    const payout = await fresh().payouts.create(payoutInput('rs-payout', 1));
    expect(payout.reference).toBe('rs-payout');
    figures.recovered++;
    const other = await settle(() => fresh().payouts.create(payoutInput('rs-payout', 2)));
    expect(other.ok ? undefined : other.error).toMatchObject({ code: 'invalid_state' });
    const account = await settle(() =>
      fresh().payouts.create(payoutInput('rs-payout', 1, '9999999999')),
    );
    expect(account.ok ? '' : account.error.message).toMatch(/destination\.accountNumber/);
    figures.refusedReuse += 2;
  });

  it('refund', async () => {
    await fresh().charges.create(chargeInput('rs-paid', 3));
    sb.control.pay('ID', 'rs-paid');
    const refundInput = (amount: bigint) => ({
      chargeReference: 'rs-paid',
      reference: 'rs-refund',
      money: { amount, currency: 'IDR' },
    });
    abandoned.push(settle(() => dyingInstance().refunds.create(refundInput(100_000n))));
    await whenCommitted(
      () =>
        (
          sb.control.orders('ID').payments.find((p) => p['orderId'] === 'rs-paid')?.['refunds'] as
            | unknown[]
            | undefined
        )?.length === 1,
    );
    const refund = await fresh().refunds.create(refundInput(100_000n));
    expect(refund).toMatchObject({ reference: 'rs-refund', chargeReference: 'rs-paid' });
    figures.recovered++;
    const reused = await settle(() => fresh().refunds.create(refundInput(200_000n)));
    expect(reused.ok ? undefined : reused.error).toMatchObject({ code: 'invalid_state' });
    figures.refusedReuse++;
  });

  it('batch item (single create and the batch again)', async () => {
    const items = [payoutInput('rs-item-1', 4), payoutInput('rs-item-2', 5)];
    abandoned.push(
      settle(() => dyingInstance().payouts.createBatch({ reference: 'rs-batch', items })),
    );
    await whenCommitted(() => sandboxOrders(sb).payouts.has('rs-item-2'));
    const single = await fresh().payouts.create(payoutInput('rs-item-1', 4));
    expect(single.reference).toBe('rs-item-1');
    const batch = await fresh().payouts.createBatch({ reference: 'rs-batch', items });
    expect(batch.items.map((item) => item.ok)).toEqual([true, true]);
    figures.recovered += 3;
    const reused = await settle(() => fresh().payouts.create(payoutInput('rs-item-2', 6)));
    expect(reused.ok ? undefined : reused.error).toMatchObject({ code: 'invalid_state' });
    figures.refusedReuse++;
  });

  it('one order per reference at the gateway', () => {
    const { payments, payouts } = sb.control.orders('ID');
    const ids = [...payments, ...payouts].map((order) => String(order['orderId']));
    figures.duplicates = ids.length - new Set(ids).size;
    expect(figures.duplicates).toBe(0);
    report({ scenario: 'restart (new client, empty store)', ...figures });
  });
});
