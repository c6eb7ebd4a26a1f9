import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../src/index.js';
import { idPayment, start, TestClient } from './helpers.js';

// Jan 5, 10:00 in Jakarta (UTC+7).
let clock = Date.parse('2026-01-05T03:00:00Z');
const DAY = 86_400_000;

describe('T+1 settlement without the control API', () => {
  let sb: Sandbox;
  let manual: Sandbox;
  beforeAll(async () => {
    sb = await start({ now: () => clock });
    manual = await start({ now: () => clock, autoSettle: false });
  });
  afterAll(async () => {
    await sb.stop();
    await manual.stop();
  });

  it("a day's net moves from pending to available once the day is over", async () => {
    for (const box of [sb, manual]) {
      const c = new TestClient(box.merchants.ID);
      await c.createPayment(idPayment('t1-1', { amount: '100000' }));
      box.control.pay('ID', 't1-1');
      expect((await c.balance()).data).toMatchObject({ available: '0', pending: '97500' });
    }
    clock += DAY;
    const c = new TestClient(sb.merchants.ID);
    expect((await c.balance()).data).toMatchObject({ available: '97500', pending: '0' });
    expect(sb.control.settle({})).toEqual([]); // nothing left for an on-demand run
    const records = await c.get('/api/settlement/records', {
      startDate: '2026-01-05',
      endDate: '2026-01-06',
      page: '1',
      pageSize: '10',
    });
    expect(records.data?.['records']).toMatchObject([
      { settleDate: '2026-01-05', grossAmount: '100000', fee: '2500', netAmount: '97500' },
    ]);

    // Same story with autoSettle off: still pending until someone settles.
    const m = new TestClient(manual.merchants.ID);
    expect((await m.balance()).data).toMatchObject({ available: '0', pending: '97500' });
  });
});
