import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Launched } from '../src/launcher.js';
import { startMemoryStack } from './support.js';

let stack: Launched;
beforeAll(async () => {
  stack = await startMemoryStack();
});
afterAll(() => stack.stop());

const rows = (html: string) => (html.match(/<tr><td><time/g) ?? []).length;

it('the statement pages through the gateway listing, ten movements a page', async () => {
  const entries = async () => {
    let n = 0;
    for await (const _ of stack.demo.context.paymux.statement.list({
      currency: 'THB',
      startDate: '2000-01-01',
      endDate: '2100-01-01',
    }))
      n++;
    return n;
  };
  for (let i = 0; i < 12; i++) stack.sandbox?.control.fund('TH', '100.00');
  const total = await entries();
  expect(total).toBeGreaterThan(20);
  const page = (n: number) =>
    fetch(`${stack.demo.url}/statement?country=TH&page=${n}`).then((r) => r.text());
  const first = await page(1);
  expect(rows(first)).toBe(10);
  expect(first).toContain('rel="next"');
  expect(first).not.toContain('rel="prev"');
  const last = Math.ceil(total / 10);
  const end = await page(last);
  expect(rows(end)).toBe(total - (last - 1) * 10);
  expect(end).toContain('rel="prev"');
  expect(end).not.toContain('rel="next"');
  expect(first).toContain('฿');
});

it('settlements: the sandbox run settles and the page lists it; a bad range is an error state, not a crash', async () => {
  const run = await fetch(`${stack.demo.url}/settlements/run?country=TH`, {
    method: 'POST',
    redirect: 'manual',
  });
  expect(run.status).toBe(303);
  const html = await (await fetch(`${stack.demo.url}/settlements?country=TH`)).text();
  expect(html).toContain('data-testid="settlements-table"');
  const bad = await fetch(`${stack.demo.url}/settlements?country=TH&from=2026-02-30&to=2026-01-01`);
  expect(bad.status).toBe(200);
  expect(await bad.text()).toContain('Could not load settlements');
});
