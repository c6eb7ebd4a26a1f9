import { describe, expect, it } from 'vitest';
import {
  createPaymux,
  type MerchantRecord,
  type Paymux,
  reportToJson,
  ValidationError,
  type WebhookEvent,
} from '../src/index.js';
import { type SignedWebhook, TestingProvider } from '../src/testing.js';
import { chargeInput } from './support/inputs.js';

const DAY = '2026-11-24';
// 10:00 in Jakarta on the day.
const MORNING = Date.parse('2026-11-24T03:00:00Z');

function setup() {
  let now = MORNING;
  const clock = {
    now: () => now,
    set: (ms: number) => {
      now = ms;
    },
  };
  const provider = new TestingProvider({ clock: () => new Date(now), currencies: ['IDR'] });
  const paymux = createPaymux({ providers: [provider], clock: clock.now });
  return { clock, provider, paymux };
}

async function charge(paymux: Paymux, reference: string, amount = 15_000_000n) {
  return paymux.charges.create(
    chargeInput({
      reference,
      money: { amount, currency: 'IDR' },
      notifyUrl: 'https://m.example/hook',
    }),
  );
}

describe('paymux.reconcile with the TestingProvider and the Store', () => {
  it('reads the Store, finds lost callbacks, repairs them once through the webhook path', async () => {
    const { clock, provider, paymux } = setup();
    const handled: string[] = [];
    const handler = (event: WebhookEvent) => {
      handled.push(`${event.type}:${event.reference}`);
    };
    const lost: Array<{ at: number; webhook: SignedWebhook }> = [];
    for (let i = 0; i < 12; i++) {
      await charge(paymux, `o-${i}`);
      clock.set(clock.now() + 60_000);
      const webhook = i < 4 ? provider.simulate.fail(`o-${i}`) : provider.simulate.pay(`o-${i}`);
      if (i % 3 === 0) lost.push({ at: clock.now(), webhook });
      else await paymux.webhooks.handle(provider.id, webhook, handler);
    }
    await charge(paymux, 'unpaid');
    expect(handled).toHaveLength(8);
    clock.set(Date.parse('2026-11-26T03:00:00Z'));
    provider.settle();

    const first = await paymux.reconcile({ provider: provider.id, day: DAY });
    expect(first.timeZone).toBe('Asia/Jakarta');
    expect(first.summary.status_mismatch.count).toBe(4);
    expect(first.summary.matched.count).toBe(first.items.length - 4);
    const stuck = first.items.filter((i) => i.category === 'status_mismatch');
    expect(stuck.map((i) => [i.reference, i.statusPair?.provider])).toEqual([
      ['o-0', 'failed'],
      ['o-3', 'failed'],
      ['o-6', 'succeeded'],
      ['o-9', 'succeeded'],
    ]);
    expect(first.repaired).toBe(0);
    expect(handled).toHaveLength(8); // read-only

    const repair = await paymux.reconcile({
      provider: provider.id,
      day: DAY,
      repair: true,
      handler,
    });
    expect(repair.repaired).toBe(4);
    expect(handled.slice(8).sort()).toEqual([
      'charge.failed:o-0',
      'charge.failed:o-3',
      'charge.succeeded:o-6',
      'charge.succeeded:o-9',
    ]);
    // The lost webhooks arrive after all (signed back then): duplicates, no second run.
    for (const { at, webhook } of lost) {
      clock.set(at);
      const answer = await paymux.webhooks.handle(provider.id, webhook, handler);
      expect(answer.outcome).toBe('duplicate');
    }
    clock.set(Date.parse('2026-11-26T03:00:00Z'));
    const again = await paymux.reconcile({
      provider: provider.id,
      day: DAY,
      repair: true,
      handler,
    });
    expect(again.repaired).toBe(0);
    expect(again.summary.status_mismatch.count).toBe(0);
    expect(handled).toHaveLength(12);
    expect(reportToJson(again)).toBe(
      reportToJson(await paymux.reconcile({ provider: provider.id, day: DAY })),
    );
    expect((await paymux.charges.retrieve('o-6')).status).toBe('succeeded');
  });

  it('takes the merchant’s own records instead, and names a bad one', async () => {
    const { clock, provider, paymux } = setup();
    await charge(paymux, 'a-1', 10_000_000n);
    provider.simulate.pay('a-1');
    clock.set(Date.parse('2026-11-26T03:00:00Z'));
    provider.settle();
    const records: MerchantRecord[] = [
      {
        kind: 'charge',
        reference: 'a-1',
        money: { amount: 10_000_000n, currency: 'IDR' },
        status: 'succeeded',
        time: new Date(MORNING),
      },
      {
        kind: 'charge',
        reference: 'only-mine',
        money: { amount: 5_000_000n, currency: 'IDR' },
        status: 'pending',
        time: new Date(MORNING),
      },
    ];
    async function* source() {
      yield* records;
    }
    const report = await paymux.reconcile({
      provider: provider.id,
      day: DAY,
      merchantRecords: source(),
    });
    expect(report.items.map((i) => [i.id, i.category])).toEqual([
      ['charge:a-1', 'matched'],
      ['charge:only-mine', 'missing_at_provider'],
      ['settlement:2026-11-24', 'matched'],
    ]);
    await expect(
      paymux.reconcile({
        provider: provider.id,
        day: DAY,
        merchantRecords: [{ ...records[0], money: { amount: 1.5, currency: 'IDR' } } as never],
      }),
    ).rejects.toMatchObject({ code: 'validation', field: 'merchantRecords.0.money.amount' });
  });

  it('refuses bad options before reading anything, naming the field', async () => {
    const { provider, paymux } = setup();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ day: DAY }, 'provider'],
      [{ provider: provider.id, day: '2026-13-01' }, 'day'],
      [{ provider: provider.id, day: DAY, timeZone: 'Nowhere/City' }, 'timeZone'],
      [{ provider: provider.id, day: DAY, tolerance: 0.5 }, 'tolerance'],
      [{ provider: provider.id, day: DAY, tolerance: -1n }, 'tolerance'],
      [{ provider: provider.id, day: DAY, lookAroundMs: 2 * 86_400_000 }, 'lookAroundMs'],
      [{ provider: provider.id, day: DAY, fees: { chargeBps: 2.5 } }, 'fees.chargeBps'],
      [{ provider: provider.id, day: DAY, repair: 'yes' }, 'repair'],
      [{ provider: provider.id, day: DAY, merchantRecords: 42 }, 'merchantRecords'],
    ];
    for (const [options, field] of cases) {
      const error = await paymux.reconcile(options as never).catch((e: unknown) => e);
      expect(ValidationError.isInstance(error), field).toBe(true);
      expect((error as ValidationError).field).toBe(field);
    }
  });
});
