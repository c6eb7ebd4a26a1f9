import { describe, expect, it } from 'vitest';
import { createPaymux, type WebhookEvent } from '../src/index.js';
import { signTestingWebhook, TestingProvider } from '../src/testing.js';

const SECRET = 'whsec_test';

function setup() {
  const provider = new TestingProvider({ webhookSecret: SECRET });
  const paymux = createPaymux({ providers: [provider] });
  return { provider, paymux };
}

function webhook(type: 'charge.succeeded' | 'charge.failed', reference = 'order-1') {
  return signTestingWebhook(
    {
      type,
      reference,
      providerReference: 'tp_ch_000001',
      amount: '150000.00',
      currency: 'IDR',
      status: type === 'charge.succeeded' ? 'succeeded' : 'failed',
    },
    SECRET,
  );
}

describe('webhooks.handle', () => {
  it('runs the handler once per event and acknowledges redeliveries', async () => {
    const { paymux } = setup();
    const handled: WebhookEvent[] = [];
    const first = await paymux.webhooks.handle('testing', webhook('charge.succeeded'), (e) => {
      handled.push(e);
    });
    const again = await paymux.webhooks.handle('testing', webhook('charge.succeeded'), (e) => {
      handled.push(e);
    });
    expect(first).toMatchObject({ status: 200, outcome: 'handled' });
    expect(again).toMatchObject({ status: 200, outcome: 'duplicate' });
    expect(handled.map((e) => e.id)).toEqual(['charge.succeeded:order-1']);
  });

  it('releases the event when the handler fails, so the redelivery is handled', async () => {
    const { paymux } = setup();
    const failed = await paymux.webhooks.handle('testing', webhook('charge.succeeded'), () => {
      throw new Error('database down');
    });
    expect(failed).toMatchObject({ status: 500, outcome: 'failed' });
    let calls = 0;
    const retried = await paymux.webhooks.handle('testing', webhook('charge.succeeded'), () => {
      calls++;
    });
    expect(retried).toMatchObject({ status: 200, outcome: 'handled' });
    expect(calls).toBe(1);
  });

  it('never moves a final order back: a late different final event is stale', async () => {
    const { paymux } = setup();
    const calls: string[] = [];
    const handler = (e: WebhookEvent) => {
      calls.push(e.type);
    };
    await paymux.webhooks.handle('testing', webhook('charge.succeeded'), handler);
    const late = await paymux.webhooks.handle('testing', webhook('charge.failed'), handler);
    expect(late).toMatchObject({ status: 200, outcome: 'stale' });
    expect(calls).toEqual(['charge.succeeded']);
    // Another order is unaffected.
    const other = await paymux.webhooks.handle(
      'testing',
      webhook('charge.failed', 'order-2'),
      handler,
    );
    expect(other.outcome).toBe('handled');
  });

  it('answers 409 while the same event is still being handled', async () => {
    const { paymux } = setup();
    let release: () => void = () => {};
    const slow = paymux.webhooks.handle(
      'testing',
      webhook('charge.succeeded'),
      () => new Promise<void>((resolve) => (release = resolve)),
    );
    await new Promise((r) => setTimeout(r, 0));
    const concurrent = await paymux.webhooks.handle('testing', webhook('charge.succeeded'), () => {
      throw new Error('must not run');
    });
    expect(concurrent).toMatchObject({ status: 409, outcome: 'in_progress' });
    release();
    expect(await slow).toMatchObject({ status: 200, outcome: 'handled' });
  });

  it('rejects a forged body with a 400 without calling the handler', async () => {
    const { paymux } = setup();
    const forged = { ...webhook('charge.succeeded') };
    forged.rawBody = forged.rawBody.replace('150000.00', '1.00');
    let called = false;
    const response = await paymux.webhooks.handle('testing', forged, () => {
      called = true;
    });
    expect(response).toMatchObject({ status: 400, outcome: 'rejected' });
    expect(called).toBe(false);
  });
});

describe('webhooks.constructEvent', () => {
  it('flags a late different final event as stale and a repeat as duplicate', async () => {
    const { paymux } = setup();
    const paid = await paymux.webhooks.constructEvent('testing', webhook('charge.succeeded'));
    const failed = await paymux.webhooks.constructEvent('testing', webhook('charge.failed'));
    const repeat = await paymux.webhooks.constructEvent('testing', webhook('charge.succeeded'));
    expect(paid).toMatchObject({ duplicate: false, stale: false });
    expect(failed).toMatchObject({ duplicate: false, stale: true });
    expect(repeat).toMatchObject({ duplicate: true, stale: false });
  });
});
