import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Launched } from '../src/launcher.js';
import { postForm, startMemoryStack } from './support.js';

let stack: Launched;
beforeAll(async () => {
  stack = await startMemoryStack();
});
afterAll(() => stack.stop());

it('commit-then-drop on a charge: the demo shows it reconciled by query and created exactly once', async () => {
  const inject = await postForm(`${stack.demo.url}/sandbox/faults`, { preset: 'drop-charge' });
  expect(inject.status).toBe(303);
  expect(await stack.demo.context.sandbox.faults()).toMatchObject({ dropAfterCommit: 1 });
  const res = await postForm(`${stack.demo.url}/sandbox/test-charge`, { country: 'ID' });
  const html = await res.text();
  expect(res.status).toBe(200);
  expect(html).toMatch(/Charge test-id-[a-z0-9]+ exists exactly once at the gateway/);
  const tests =
    stack.sandbox?.control
      .orders('ID')
      .payments.filter((p) => String(p['orderId']).startsWith('test-id-')) ?? [];
  expect(tests).toHaveLength(1);
  // The activity log shows the dropped answer and the query that found the charge.
  const activity = stack.demo.context.activity
    .recent(50)
    .map((a) => a.text)
    .reverse();
  const dropped = activity.findIndex((t) => /\/api\/payment\/create: no answer/.test(t));
  const queried = activity.findIndex(
    (t, i) => i > dropped && /GET|\/api\/payment\/test-id-/.test(t),
  );
  expect(dropped, activity.join('\n')).toBeGreaterThanOrEqual(0);
  expect(queried, activity.join('\n')).toBeGreaterThan(dropped);
  expect(await stack.demo.context.sandbox.faults()).not.toMatchObject({ dropAfterCommit: 1 });
});

it('the back-office pages answer with their empty or filled states', async () => {
  for (const path of [
    '/',
    '/orders',
    '/orders?status=failed',
    '/payouts',
    '/balances',
    '/settlements',
    '/statement',
    '/sandbox',
  ]) {
    const res = await fetch(`${stack.demo.url}${path}`);
    expect(res.status, path).toBe(200);
  }
  expect(await (await fetch(`${stack.demo.url}/orders?status=failed`)).text()).toContain(
    'No orders match these filters',
  );
  expect(await (await fetch(`${stack.demo.url}/payouts`)).text()).toContain('No payouts yet');
  expect((await fetch(`${stack.demo.url}/orders/nope`)).status).toBe(404);
  expect((await fetch(`${stack.demo.url}/nothing-here`)).status).toBe(404);
});
