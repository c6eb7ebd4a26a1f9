import { describe, expect, it } from 'vitest';
import { createPaymux, MemoryStore, type WebhookEvent } from '../src/index.js';
import { signTestingWebhook, TestingProvider } from '../src/testing.js';

const SECRET = 'whsec_test';

function webhook() {
  return signTestingWebhook(
    {
      type: 'charge.succeeded',
      reference: 'order-1',
      providerReference: 'tp_ch_000001',
      amount: '150000.00',
      currency: 'IDR',
      status: 'succeeded',
    },
    SECRET,
  );
}

/** Two instances (two clients) on one shared store, on one injected clock. */
function twoInstances(webhookLeaseMs?: number) {
  const time = { now: 1_000_000 };
  const clock = () => time.now;
  const store = new MemoryStore({ clock });
  const make = (instanceId: string) =>
    createPaymux({
      providers: [new TestingProvider({ webhookSecret: SECRET })],
      store,
      clock,
      instanceId,
      ...(webhookLeaseMs === undefined ? {} : { webhookLeaseMs }),
    });
  return { time, a: make('a'), b: make('b'), store };
}

describe('webhook claim lease (issue 8, defect 3)', () => {
  it('a handler that never finishes holds the event for 60 s by default, then a redelivery retakes it and runs once', async () => {
    const { time, a, b } = twoInstances();
    const effects: string[] = [];
    // Instance a claims the event and hangs (its process died, as far as anyone can tell).
    void a.webhooks.handle('testing', webhook(), () => new Promise(() => {}));
    await new Promise((resolve) => setTimeout(resolve, 10));
    const during = await b.webhooks.handle('testing', webhook(), () => {
      effects.push('b-early');
    });
    expect(during).toMatchObject({ status: 409, outcome: 'in_progress' });
    time.now += 59_999;
    expect((await b.webhooks.handle('testing', webhook(), () => {})).outcome).toBe('in_progress');
    time.now += 1;
    const retaken = await b.webhooks.handle('testing', webhook(), (_event, context) => {
      expect(context.retaken).toBe(true);
      effects.push('b');
    });
    expect(retaken).toMatchObject({ status: 200, outcome: 'handled' });
    const after = await b.webhooks.handle('testing', webhook(), () => {
      effects.push('again');
    });
    expect(after.outcome).toBe('duplicate');
    expect(effects).toEqual(['b']);
  });

  it('the late finisher is told its lease ran out (signal aborted) and records nothing', async () => {
    const { a, b, time } = twoInstances(50);
    const effects: string[] = [];
    let aborted: boolean | undefined;
    const late = a.webhooks.handle('testing', webhook(), async (_event: WebhookEvent, context) => {
      await new Promise((resolve) => setTimeout(resolve, 120));
      aborted = context.signal.aborted;
      // A well-behaved handler commits only while it holds the claim.
      if (!context.signal.aborted) effects.push('a');
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    time.now += 50;
    expect(
      (
        await b.webhooks.handle('testing', webhook(), () => {
          effects.push('b');
        })
      ).outcome,
    ).toBe('handled');
    const lateResponse = await late;
    expect(aborted).toBe(true);
    expect(lateResponse).toMatchObject({ status: 200, outcome: 'expired' });
    expect(effects).toEqual(['b']);
    expect((await a.webhooks.handle('testing', webhook(), () => {})).outcome).toBe('duplicate');
  });

  it('a late failure does not release the claim a redelivery retook', async () => {
    const { a, b, time } = twoInstances(1_000);
    let fail: (error: Error) => void = () => {};
    const late = a.webhooks.handle(
      'testing',
      webhook(),
      () => new Promise((_resolve, reject) => (fail = reject)),
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    time.now += 1_000;
    let release: () => void = () => {};
    const retaken = b.webhooks.handle(
      'testing',
      webhook(),
      () => new Promise<void>((resolve) => (release = resolve)),
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    fail(new Error('late crash'));
    expect((await late).outcome).toBe('failed');
    // b still holds it: a third delivery must not run the handler.
    expect((await a.webhooks.handle('testing', webhook(), () => {})).outcome).toBe('in_progress');
    release();
    expect((await retaken).outcome).toBe('handled');
  });

  it('refuses a non-positive lease', () => {
    expect(() => createPaymux({ providers: [new TestingProvider()], webhookLeaseMs: 0 })).toThrow(
      RangeError,
    );
  });
});
