import { describe, expect, it } from 'vitest';
import {
  type CreateChargeInput,
  type CreatePayoutInput,
  type Normalized,
  type OperationContext,
  PaymuxError,
  type ProviderRequestEvent,
  type StatementEntry,
} from '../src/index.js';
import {
  MAGIC_AMOUNT_SUFFIXES,
  type SignedWebhook,
  signTestingWebhook,
  TestingProvider,
  type TestingProviderOptions,
} from '../src/testing.js';

const START = new Date('2026-11-24T03:00:00Z'); // 10:00 in Jakarta
const IDR = (amount: bigint) => ({ amount, currency: 'IDR' });

function setup(options: TestingProviderOptions = {}) {
  let now = START;
  const provider = new TestingProvider({ clock: () => now, ...options });
  const requests: ProviderRequestEvent[] = [];
  const ctx = (attempt = 1, idempotencyKey = 'key-1'): OperationContext => ({
    idempotencyKey,
    attempt,
    observer: {
      request: (event) => requests.push(event),
      response() {},
    },
  });
  const advance = (ms: number) => {
    now = new Date(now.getTime() + ms);
  };
  return { provider, ctx, requests, advance };
}

function chargeInput(
  reference: string,
  amount: bigint,
  method: CreateChargeInput['method'] = { type: 'qr' },
): Normalized<CreateChargeInput> {
  return {
    reference,
    money: IDR(amount),
    country: 'ID',
    method,
    customer: { name: 'Budi Santoso', email: 'budi@example.com', phone: '081234567890' },
  };
}

function payoutInput(reference: string, amount: bigint): Normalized<CreatePayoutInput> {
  return {
    reference,
    money: IDR(amount),
    country: 'ID',
    destination: { type: 'bank_account', bank: '014', accountNumber: '1234567890' },
    recipient: { name: 'Siti Rahma', email: 'siti@example.com', phone: '081298765432' },
  };
}

async function caught(promise: Promise<unknown>): Promise<PaymuxError> {
  try {
    await promise;
  } catch (error) {
    if (PaymuxError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected the operation to fail');
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

/** A provider with Rp 1.000.000 paid and settled, so payouts have funds. */
async function funded(options: TestingProviderOptions = {}) {
  const env = setup(options);
  await env.provider.createCharge(chargeInput('fund-1', 100_000_000n), env.ctx());
  env.provider.simulate.pay('fund-1');
  env.provider.settle();
  return env;
}

async function assertLedgerInvariant(provider: TestingProvider, ctx: OperationContext) {
  const balance = await provider.getBalance({ currency: 'IDR' }, ctx);
  const entries = await collect(
    provider.listStatement({ startDate: '2026-01-01', endDate: '2026-12-31' }, ctx),
  );
  expect(balance.total.amount).toBe(
    balance.available.amount + balance.pending.amount + balance.frozen.amount,
  );
  let running = 0n;
  for (const entry of entries) {
    running += entry.amount.amount;
    expect(entry.balanceAfter.amount).toBe(running);
  }
  expect(entries.at(-1)?.balanceAfter.amount ?? 0n).toBe(balance.total.amount);
  return { balance, entries };
}

describe('TestingProvider charges', () => {
  it('creates a pending QR charge with a deterministic reference and next action', async () => {
    const { provider, ctx } = setup();
    const charge = await provider.createCharge(chargeInput('order-1', 15_000_000n), ctx());
    expect(charge).toMatchObject({
      object: 'charge',
      provider: 'testing',
      reference: 'order-1',
      providerReference: 'tp_ch_000001',
      status: 'pending',
      money: { amount: 15_000_000n, currency: 'IDR' },
      refunded: { amount: 0n, currency: 'IDR' },
      nextAction: {
        type: 'qr',
        payload: 'PAYMUX-TESTING|tp_ch_000001|IDR|150000.00',
        url: 'https://checkout.paymux.test/pay/tp_ch_000001',
      },
    });
    const second = await provider.createCharge(chargeInput('order-2', 15_000_000n), ctx());
    expect(second.providerReference).toBe('tp_ch_000002');
  });

  it('gives a VA number for virtual accounts and a redirect for e-wallets', async () => {
    const { provider, ctx } = setup();
    const va = await provider.createCharge(
      chargeInput('va-1', 5_000_000n, { type: 'virtual_account', channel: '014' }),
      ctx(),
    );
    expect(va.nextAction).toEqual({
      type: 'virtual_account',
      bank: '014',
      accountNumber: '88080000000001',
      url: 'https://checkout.paymux.test/pay/tp_ch_000001',
    });
    const wallet = await provider.createCharge(
      chargeInput('ew-1', 5_000_000n, { type: 'ewallet', channel: 'OVO' }),
      ctx(),
    );
    expect(wallet.nextAction).toEqual({
      type: 'redirect',
      url: 'https://checkout.paymux.test/pay/tp_ch_000002',
    });
  });

  it('two providers fed the same calls produce identical results', async () => {
    const run = async () => {
      const { provider, ctx } = setup();
      await provider.createCharge(chargeInput('a', 15_000_000n), ctx());
      const webhook = provider.simulate.pay('a');
      return { charge: await provider.getCharge({ reference: 'a' }, ctx()), webhook };
    };
    expect(await run()).toEqual(await run());
  });

  it('simulate.pay succeeds the charge, books the fee and returns a signed webhook', async () => {
    const { provider, ctx } = setup();
    await provider.createCharge(chargeInput('order-1', 15_000_000n), ctx());
    const webhook = provider.simulate.pay('order-1');
    const charge = await provider.getCharge({ reference: 'order-1' }, ctx());
    expect(charge.status).toBe('succeeded');
    expect(charge.fee).toEqual(IDR(375_000n)); // 2.5 %
    expect(charge.paidAt).toEqual(START);
    expect(charge.nextAction).toBeUndefined();
    const event = await provider.parseWebhook(webhook);
    expect(event).toEqual({
      object: 'webhook_event',
      id: 'charge.succeeded:order-1',
      type: 'charge.succeeded',
      provider: 'testing',
      reference: 'order-1',
      providerReference: 'tp_ch_000001',
      money: IDR(15_000_000n),
      fee: IDR(375_000n),
      status: 'succeeded',
      occurredAt: START,
    });
    expect(JSON.parse(webhook.rawBody).amount).toBe('150000.00');
  });

  it('a partial or over payment is not final and sends no webhook', async () => {
    const { provider, ctx } = setup();
    await provider.createCharge(chargeInput('p', 15_000_000n), ctx());
    await provider.createCharge(chargeInput('o', 15_000_000n), ctx());
    expect(provider.simulate.pay('p', 10_000_000n)).toBeUndefined();
    expect(provider.simulate.pay('o', 20_000_000n)).toBeUndefined();
    expect((await provider.getCharge({ reference: 'p' }, ctx())).status).toBe('partially_paid');
    expect((await provider.getCharge({ reference: 'o' }, ctx())).status).toBe('overpaid');
    expect((await provider.getBalance({ currency: 'IDR' }, ctx())).total.amount).toBe(0n);
  });

  it('simulate.fail fails the charge; a final charge cannot move again', async () => {
    const { provider, ctx } = setup();
    await provider.createCharge(chargeInput('order-1', 15_000_000n), ctx());
    const event = await provider.parseWebhook(provider.simulate.fail('order-1'));
    expect(event).toMatchObject({
      type: 'charge.failed',
      status: 'failed',
      failureReason: 'expired',
    });
    expect(() => provider.simulate.pay('order-1')).toThrowError(
      expect.objectContaining({ code: 'invalid_state' }),
    );
  });

  it('refuses duplicate references, unknown references and unsupported inputs', async () => {
    const { provider, ctx } = setup();
    await provider.createCharge(chargeInput('order-1', 15_000_000n), ctx());
    const duplicate = await caught(
      provider.createCharge(chargeInput('order-1', 15_000_000n), ctx()),
    );
    expect(duplicate).toMatchObject({
      code: 'validation',
      field: 'reference',
      rule: 'duplicate',
      providerCode: 'duplicate_reference',
      retryable: false,
    });
    expect(await caught(provider.getCharge({ reference: 'nope' }, ctx()))).toMatchObject({
      code: 'not_found',
    });
    const usd = await caught(
      provider.createCharge(
        { ...chargeInput('usd', 100n), money: { amount: 100n, currency: 'USD' } },
        ctx(),
      ),
    );
    expect(usd).toMatchObject({ code: 'unsupported', field: 'money.currency' });
    const zero = await caught(provider.createCharge(chargeInput('zero', 0n), ctx()));
    expect(zero).toMatchObject({ code: 'validation', field: 'money.amount', rule: 'positive' });
  });

  it('autoSucceed pays at once and queues the webhook', async () => {
    const { provider, ctx } = setup({ autoSucceed: true });
    const charge = await provider.createCharge(chargeInput('auto', 15_000_000n), ctx());
    expect(charge.status).toBe('succeeded');
    const [webhook, ...rest] = provider.webhooks.drain();
    expect(rest).toEqual([]);
    expect((await provider.parseWebhook(webhook as SignedWebhook)).id).toBe(
      'charge.succeeded:auto',
    );
    expect(provider.webhooks.drain()).toEqual([]);
  });

  it('reports each call to the observer with the idempotency key', async () => {
    const { provider, ctx, requests } = setup();
    await provider.createCharge(chargeInput('order-1', 15_000_000n), ctx(1, 'charge:order-1'));
    expect(requests).toEqual([
      { method: 'POST', path: '/charges', idempotencyKey: 'charge:order-1' },
    ]);
  });
});

describe('TestingProvider refunds', () => {
  it('refunds partially and repeatedly up to the paid amount, never beyond', async () => {
    const { provider, ctx } = setup();
    await provider.createCharge(chargeInput('order-1', 15_000_000n), ctx());
    const unpaid = await caught(
      provider.refund({ chargeReference: 'order-1', reference: 'r0', money: IDR(100n) }, ctx()),
    );
    expect(unpaid).toMatchObject({ code: 'invalid_state', providerCode: 'not_paid' });

    provider.simulate.pay('order-1');
    const first = await provider.refund(
      { chargeReference: 'order-1', reference: 'r1', money: IDR(5_000_000n), reason: 'damaged' },
      ctx(),
    );
    expect(first).toMatchObject({
      object: 'refund',
      providerReference: 'tp_re_000001',
      status: 'succeeded',
      reason: 'damaged',
    });
    await provider.refund(
      { chargeReference: 'order-1', reference: 'r2', money: IDR(10_000_000n) },
      ctx(),
    );
    const over = await caught(
      provider.refund({ chargeReference: 'order-1', reference: 'r3', money: IDR(100n) }, ctx()),
    );
    expect(over).toMatchObject({ code: 'validation', field: 'money.amount', rule: 'refundable' });

    const charge = await provider.getCharge({ reference: 'order-1' }, ctx());
    expect(charge.status).toBe('succeeded');
    expect(charge.refunded).toEqual(IDR(15_000_000n));
    expect(charge.refunds.map((r) => r.reference)).toEqual(['r1', 'r2']);
    const dup = await caught(
      provider.refund({ chargeReference: 'order-1', reference: 'r1', money: IDR(100n) }, ctx()),
    );
    expect(dup).toMatchObject({
      code: 'validation',
      field: 'reference',
      rule: 'duplicate',
      providerCode: 'duplicate_reference',
    });
  });

  it('refuses a refund in another currency or of an unknown charge', async () => {
    const { provider, ctx } = setup();
    await provider.createCharge(chargeInput('order-1', 15_000_000n), ctx());
    provider.simulate.pay('order-1');
    const thb = await caught(
      provider.refund(
        { chargeReference: 'order-1', reference: 'r1', money: { amount: 100n, currency: 'THB' } },
        ctx(),
      ),
    );
    expect(thb).toMatchObject({ code: 'validation', field: 'money.currency' });
    const missing = await caught(
      provider.refund({ chargeReference: 'nope', reference: 'r2', money: IDR(100n) }, ctx()),
    );
    expect(missing.code).toBe('not_found');
  });
});

describe('TestingProvider payouts', () => {
  it('freezes amount + fee, then books PAYOUT and FEE on success', async () => {
    const { provider, ctx } = await funded();
    const payout = await provider.createPayout(payoutInput('po-1', 10_000_000n), ctx());
    expect(payout).toMatchObject({
      providerReference: 'tp_po_000001',
      status: 'processing',
      fee: IDR(100_000n),
    });
    const held = await provider.getBalance({ currency: 'IDR' }, ctx());
    expect(held.frozen).toEqual(IDR(10_100_000n));
    const event = await provider.parseWebhook(
      provider.simulate.completePayout('po-1', 'succeeded'),
    );
    expect(event).toMatchObject({ id: 'payout.succeeded:po-1', status: 'succeeded' });
    expect((await provider.getPayout({ reference: 'po-1' }, ctx())).status).toBe('succeeded');
    const { balance } = await assertLedgerInvariant(provider, ctx());
    expect(balance.frozen.amount).toBe(0n);
    expect(balance.available.amount).toBe(97_500_000n - 10_100_000n);
  });

  it('a failed payout returns the money to available, without entries', async () => {
    const { provider, ctx } = await funded();
    const before = await provider.getBalance({ currency: 'IDR' }, ctx());
    await provider.createPayout(payoutInput('po-1', 10_000_000n), ctx());
    const event = await provider.parseWebhook(
      provider.simulate.completePayout('po-1', 'failed', 'account closed'),
    );
    expect(event).toMatchObject({ type: 'payout.failed', failureReason: 'account closed' });
    expect(await provider.getBalance({ currency: 'IDR' }, ctx())).toEqual(before);
    expect(() => provider.simulate.completePayout('po-1', 'succeeded')).toThrowError(
      expect.objectContaining({ code: 'invalid_state' }),
    );
  });

  it('refuses a payout above the available balance', async () => {
    const { provider, ctx } = setup();
    const error = await caught(provider.createPayout(payoutInput('po-1', 100n), ctx()));
    expect(error).toMatchObject({
      code: 'provider_error',
      providerCode: 'insufficient_balance',
      retryable: false,
    });
  });

  it('batches return one result per item, in input order', async () => {
    const { provider, ctx } = await funded();
    const result = await provider.createPayoutBatch(
      {
        reference: 'batch-1',
        items: [
          payoutInput('b-1', 1_000_000n),
          payoutInput('b-2', 1_000_001n), // declined
          payoutInput('b-3', 2_000_000n),
          payoutInput('b-1', 1_000_000n), // duplicate of item 0
        ],
      },
      ctx(),
    );
    expect(result.items.map((item) => [item.index, item.reference, item.ok])).toEqual([
      [0, 'b-1', true],
      [1, 'b-2', false],
      [2, 'b-3', true],
      [3, 'b-1', false],
    ]);
    const failures = result.items.flatMap((item) => (item.ok ? [] : [item.error.providerCode]));
    expect(failures).toEqual(['declined', 'duplicate_reference']);
    const again = await caught(
      provider.createPayoutBatch(
        { reference: 'batch-1', items: [payoutInput('b-9', 100n)] },
        ctx(),
      ),
    );
    expect(again.providerCode).toBe('duplicate_reference');
    const empty = await caught(
      provider.createPayoutBatch({ reference: 'batch-2', items: [] }, ctx()),
    );
    expect(empty).toMatchObject({ code: 'validation', field: 'items' });
  });
});

describe('TestingProvider ledger', () => {
  it('keeps total = available + pending + frozen = last balanceAfter through every movement', async () => {
    const { provider, ctx, advance } = setup();
    await provider.createCharge(chargeInput('c1', 15_000_000n), ctx());
    provider.simulate.pay('c1');
    await assertLedgerInvariant(provider, ctx());
    await provider.refund(
      { chargeReference: 'c1', reference: 'r1', money: IDR(5_000_000n) },
      ctx(),
    );
    await assertLedgerInvariant(provider, ctx());
    const [settlement, ...none] = provider.settle();
    expect(none).toEqual([]);
    expect(settlement).toMatchObject({
      date: '2026-11-24',
      gross: IDR(15_000_000n),
      fee: IDR(375_000n),
      net: IDR(9_625_000n),
      status: 'settled',
      reference: 'tp_se_000001',
    });
    advance(24 * 3600_000);
    await provider.createPayout(payoutInput('p1', 5_000_000n), ctx());
    await assertLedgerInvariant(provider, ctx());
    provider.simulate.completePayout('p1', 'succeeded');
    const { balance, entries } = await assertLedgerInvariant(provider, ctx());
    expect(entries.map((e: StatementEntry) => [e.type, e.amount.amount])).toEqual([
      ['payment', 15_000_000n],
      ['fee', -375_000n],
      ['refund', -5_000_000n],
      ['payout', -5_000_000n],
      ['fee', -50_000n],
    ]);
    expect(balance).toMatchObject({
      available: IDR(9_625_000n - 5_050_000n),
      pending: IDR(0n),
      frozen: IDR(0n),
      total: IDR(4_575_000n),
    });
    expect(provider.settle()).toEqual([]);
  });

  it('settles by day in the currency country time and filters listings by date', async () => {
    const { provider, ctx, advance } = setup();
    await provider.createCharge(chargeInput('c1', 1_000_000n), ctx());
    provider.simulate.pay('c1'); // 2026-11-24 10:00 WIB
    advance(15 * 3600_000); // 2026-11-25 01:00 WIB, still the 24th in UTC
    await provider.createCharge(chargeInput('c2', 2_000_000n), ctx());
    provider.simulate.pay('c2');
    expect(provider.settle('2026-11-24').map((s) => s.gross.amount)).toEqual([1_000_000n]);
    const balance = await provider.getBalance({ currency: 'IDR' }, ctx());
    expect(balance.available.amount).toBe(975_000n);
    expect(balance.pending.amount).toBe(1_950_000n);
    const day25 = await collect(
      provider.listStatement({ startDate: '2026-11-25', endDate: '2026-11-25' }, ctx()),
    );
    expect(day25.map((e) => e.orderReference)).toEqual(['c2', 'c2']);
    provider.settle();
    const settlements = await collect(
      provider.listSettlements({ startDate: '2026-11-01', endDate: '2026-11-30' }, ctx()),
    );
    expect(settlements.map((s) => s.date)).toEqual(['2026-11-24', '2026-11-25']);
  });

  it('lists as async iterables, fetching page by page', async () => {
    const { provider, ctx, requests } = setup();
    for (let i = 1; i <= 3; i++) {
      await provider.createCharge(chargeInput(`c${i}`, 1_000_000n), ctx());
      provider.simulate.pay(`c${i}`);
    }
    requests.length = 0;
    const iterable = provider.listStatement(
      { startDate: '2026-11-24', endDate: '2026-11-24', pageSize: 4 },
      ctx(),
    );
    const iterator = iterable[Symbol.asyncIterator]();
    await iterator.next();
    expect(requests).toHaveLength(1);
    const rest = await collect({ [Symbol.asyncIterator]: () => iterator });
    expect(rest).toHaveLength(5);
    expect(requests.map((r) => r.path)).toEqual([
      '/statement?page=1&pageSize=4',
      '/statement?page=2&pageSize=4',
    ]);
  });

  it('validates list ranges and settlement dates before anything else', async () => {
    const { provider, ctx } = setup();
    expect(() =>
      provider.listStatement({ startDate: '2026-02-30', endDate: '2026-03-01' }, ctx()),
    ).toThrowError(expect.objectContaining({ field: 'startDate', rule: 'date' }));
    expect(() =>
      provider.listSettlements({ startDate: '2026-03-02', endDate: '2026-03-01' }, ctx()),
    ).toThrowError(expect.objectContaining({ field: 'endDate', rule: 'range' }));
    expect(() =>
      provider.listStatement(
        { startDate: '2026-03-01', endDate: '2026-03-01', pageSize: 101 },
        ctx(),
      ),
    ).toThrowError(expect.objectContaining({ field: 'pageSize' }));
    expect(() => provider.settle('yesterday')).toThrowError(
      expect.objectContaining({ field: 'date' }),
    );
  });
});

describe('TestingProvider magic values', () => {
  it('documents every amount suffix it implements', () => {
    expect(Object.keys(MAGIC_AMOUNT_SUFFIXES)).toEqual([
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
    ]);
  });

  it('…01 declines with a non-retryable provider_error and creates nothing', async () => {
    const { provider, ctx } = setup();
    const error = await caught(provider.createCharge(chargeInput('m1', 15_000_001n), ctx()));
    expect(error).toMatchObject({
      code: 'provider_error',
      providerCode: 'declined',
      retryable: false,
    });
    expect((await caught(provider.getCharge({ reference: 'm1' }, ctx()))).code).toBe('not_found');
  });

  it('…02 is rate_limited (retryable) on the first attempt, then succeeds', async () => {
    const { provider, ctx } = setup();
    const error = await caught(provider.createCharge(chargeInput('m2', 15_000_002n), ctx(1)));
    expect(error).toMatchObject({ code: 'rate_limited', retryable: true });
    const charge = await provider.createCharge(chargeInput('m2', 15_000_002n), ctx(2));
    expect(charge.status).toBe('pending');
  });

  it('…03 is unknown_outcome although the charge was created; reconcile finds it', async () => {
    const { provider, ctx } = setup();
    const error = await caught(provider.createCharge(chargeInput('m3', 15_000_003n), ctx()));
    expect(error).toMatchObject({ code: 'unknown_outcome', retryable: false, reference: 'm3' });
    expect((await provider.getCharge({ reference: 'm3' }, ctx())).status).toBe('pending');
    const resend = await caught(provider.createCharge(chargeInput('m3', 15_000_003n), ctx(2)));
    expect(resend.providerCode).toBe('duplicate_reference');
  });

  it('…04 is unknown_outcome and nothing was created; reconcile says not_found, resend works', async () => {
    const { provider, ctx } = setup();
    expect((await caught(provider.createCharge(chargeInput('m4', 15_000_004n), ctx()))).code).toBe(
      'unknown_outcome',
    );
    expect((await caught(provider.getCharge({ reference: 'm4' }, ctx()))).code).toBe('not_found');
    const charge = await provider.createCharge(chargeInput('m4', 15_000_004n), ctx(2));
    expect(charge.providerReference).toBe('tp_ch_000001');
  });

  it('…05 times out (retryable) on the first read only', async () => {
    const { provider, ctx } = setup();
    await provider.createCharge(chargeInput('m5', 15_000_005n), ctx());
    expect(await caught(provider.getCharge({ reference: 'm5' }, ctx()))).toMatchObject({
      code: 'timeout',
      retryable: true,
    });
    expect((await provider.getCharge({ reference: 'm5' }, ctx())).reference).toBe('m5');
  });

  it('…06 is authentication, every time, not retryable', async () => {
    const { provider, ctx } = setup();
    for (const attempt of [1, 2]) {
      expect(
        await caught(provider.createCharge(chargeInput('m6', 15_000_006n), ctx(attempt))),
      ).toMatchObject({
        code: 'authentication',
        retryable: false,
      });
    }
  });

  it('…07 creates the charge and fails it at once, queueing charge.failed', async () => {
    const { provider, ctx } = setup();
    const charge = await provider.createCharge(chargeInput('m7', 15_000_007n), ctx());
    expect(charge.status).toBe('failed');
    const [webhook] = provider.webhooks.drain();
    expect(await provider.parseWebhook(webhook as SignedWebhook)).toMatchObject({
      id: 'charge.failed:m7',
      failureReason: 'declined',
    });
  });

  it('…08 is a retryable network error every time, so a router can fail over', async () => {
    const { provider, ctx } = setup();
    for (const attempt of [1, 2, 3]) {
      expect(
        await caught(provider.createCharge(chargeInput('m8', 15_000_008n), ctx(attempt))),
      ).toMatchObject({
        code: 'network',
        retryable: true,
      });
    }
    expect((await caught(provider.getCharge({ reference: 'm8' }, ctx()))).code).toBe('not_found');
  });

  it('reference prefixes force invalid_state and unsupported', async () => {
    const { provider, ctx } = setup();
    expect(
      await caught(provider.createCharge(chargeInput('invalid_state-1', 15_000_000n), ctx())),
    ).toMatchObject({ code: 'invalid_state', retryable: false });
    expect(
      await caught(provider.createCharge(chargeInput('unsupported-1', 15_000_000n), ctx())),
    ).toMatchObject({ code: 'unsupported' });
  });

  it('applies to refunds: …03 made and visible on the charge, …07 refund fails without booking', async () => {
    const { provider, ctx } = setup();
    await provider.createCharge(chargeInput('c', 15_000_000n), ctx());
    provider.simulate.pay('c');
    const lost = await caught(
      provider.refund({ chargeReference: 'c', reference: 'r3', money: IDR(1_000_003n) }, ctx()),
    );
    expect(lost.code).toBe('unknown_outcome');
    const failed = await provider.refund(
      { chargeReference: 'c', reference: 'r7', money: IDR(1_000_007n) },
      ctx(),
    );
    expect(failed.status).toBe('failed');
    const charge = await provider.getCharge({ reference: 'c' }, ctx());
    expect(charge.refunds.map((r) => [r.reference, r.status])).toEqual([
      ['r3', 'succeeded'],
      ['r7', 'failed'],
    ]);
    expect(charge.refunded).toEqual(IDR(1_000_003n));
    const limited = await caught(
      provider.refund({ chargeReference: 'c', reference: 'r2', money: IDR(1_000_002n) }, ctx()),
    );
    expect(limited.retryable).toBe(true);
  });

  it('applies to payouts: …07 fails at once and unfreezes, …05 times out the first read', async () => {
    const { provider, ctx } = await funded();
    const before = await provider.getBalance({ currency: 'IDR' }, ctx());
    const failed = await provider.createPayout(payoutInput('p7', 1_000_007n), ctx());
    expect(failed).toMatchObject({ status: 'failed', failureReason: 'rejected' });
    expect(await provider.getBalance({ currency: 'IDR' }, ctx())).toEqual(before);
    expect(provider.webhooks.drain()).toHaveLength(1);
    await provider.createPayout(payoutInput('p5', 1_000_005n), ctx());
    expect((await caught(provider.getPayout({ reference: 'p5' }, ctx()))).code).toBe('timeout');
    expect((await provider.getPayout({ reference: 'p5' }, ctx())).status).toBe('processing');
    expect((await caught(provider.createPayout(payoutInput('p8', 1_000_008n), ctx()))).code).toBe(
      'network',
    );
  });
});

describe('TestingProvider webhooks', () => {
  it('signs stripe-style and verifies with the same secret', async () => {
    const { provider } = setup({ webhookSecret: 'whsec_abc' });
    const webhook = signTestingWebhook({ type: 'x' }, 'whsec_abc', { timestamp: START });
    expect(webhook.headers['paymux-signature']).toMatch(/^t=1795489200,v1=[0-9a-f]{64}$/);
    await expect(provider.parseWebhook(webhook)).rejects.toMatchObject({
      code: 'validation',
      field: 'body.type',
    });
  });

  it('rejects a tampered body, a wrong secret and a stale signature as signature_invalid', async () => {
    const { provider, ctx, advance } = setup();
    await provider.createCharge(chargeInput('order-1', 15_000_000n), ctx());
    const webhook = provider.simulate.pay('order-1');
    const tampered = { ...webhook, rawBody: webhook.rawBody.replace('150000.00', '999999.00') };
    const error = await caught(provider.parseWebhook(tampered));
    expect(error.code).toBe('signature_invalid');
    const signature = webhook.headers['paymux-signature']?.split('v1=')[1] ?? '';
    expect(JSON.stringify(error)).not.toContain(signature);
    expect(error.message).not.toContain('whsec_testing');

    const forged = signTestingWebhook(webhook.rawBody, 'other-secret', { timestamp: START });
    expect((await caught(provider.parseWebhook(forged))).code).toBe('signature_invalid');

    advance(301_000);
    expect((await caught(provider.parseWebhook(webhook))).code).toBe('signature_invalid');
  });

  it('rejects a missing or malformed header and a non-JSON body as validation errors', async () => {
    const { provider } = setup();
    expect(await caught(provider.parseWebhook({ rawBody: '{}' }))).toMatchObject({
      code: 'validation',
      field: 'headers.paymux-signature',
      rule: 'required',
    });
    expect(
      await caught(
        provider.parseWebhook({ rawBody: '{}', headers: { 'Paymux-Signature': 'v1=abc' } }),
      ),
    ).toMatchObject({ code: 'validation', rule: 'format' });
    const notJson = signTestingWebhook('not json', 'whsec_testing', { timestamp: START });
    expect(await caught(provider.parseWebhook(notJson))).toMatchObject({
      field: 'rawBody',
      rule: 'json',
    });
  });

  it('accepts the body as bytes and header arrays; webhooks.sign re-signs an event', async () => {
    const { provider, ctx } = setup();
    await provider.createCharge(chargeInput('order-1', 15_000_000n), ctx());
    const event = await provider.parseWebhook(provider.simulate.pay('order-1'));
    const again = provider.webhooks.sign(event);
    const parsed = await provider.parseWebhook({
      rawBody: new TextEncoder().encode(again.rawBody),
      headers: { 'paymux-signature': [again.headers['paymux-signature'] as string] },
    });
    expect(parsed).toEqual(event);
    expect(provider.webhookAck().status).toBe(200);
  });
});

describe('TestingProvider secrets', () => {
  it('keeps the webhook secret out of inspection and serialization', async () => {
    const { inspect } = await import('node:util');
    const provider = new TestingProvider({ webhookSecret: 'whsec_do_not_print' });
    expect(inspect(provider, { depth: 5 })).not.toContain('whsec_do_not_print');
    expect(JSON.stringify(provider)).not.toContain('whsec_do_not_print');
  });
});
