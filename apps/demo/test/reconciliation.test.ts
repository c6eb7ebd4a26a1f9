import { RECONCILIATION_CSV_COLUMNS } from '@paymux/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Launched } from '../src/launcher.js';
import { ID_CHECKOUT, postForm, startMemoryStack } from './support.js';

let stack: Launched;
beforeAll(async () => {
  stack = await startMemoryStack();
});
afterAll(() => stack.stop());

async function order(reference: string) {
  const res = await postForm(`${stack.demo.url}/checkout`, { ...ID_CHECKOUT, reference });
  expect(res.status).toBe(303);
}

describe('reconciliation page and janitor', () => {
  it('shows a lost callback, downloads the CSV, and the janitor repairs it once', async () => {
    const sandbox = stack.sandbox?.control;
    if (!sandbox) throw new Error('the stack runs its own sandbox');
    await order('rc-paid');
    await order('rc-lost');
    sandbox.paymentQuirks('ID', 'rc-lost', { loseCallback: true });
    sandbox.pay('ID', 'rc-paid');
    sandbox.pay('ID', 'rc-lost');
    await sandbox.callbacksIdle();
    expect((await stack.demo.context.orders.get('rc-lost'))?.status).toBe('pending');

    const page = await (await fetch(`${stack.demo.url}/reconciliation?country=ID`)).text();
    expect(page).toContain('data-id="charge:rc-lost" data-category="status_mismatch"');
    expect(page).toContain('data-id="charge:rc-paid" data-category="matched"');

    const csv = await fetch(`${stack.demo.url}/reconciliation.csv?country=ID`);
    expect(csv.headers.get('content-disposition')).toMatch(
      /^attachment; filename="reconciliation-otgpay-id-/,
    );
    const lines = (await csv.text()).split('\r\n');
    expect(lines[0]).toBe(RECONCILIATION_CSV_COLUMNS.join(','));
    expect(lines.some((line) => line.includes(',charge:rc-lost,status_mismatch,'))).toBe(true);

    const janitor = stack.demo.context.janitor;
    expect(janitor?.intervalMs).toBeGreaterThan(0);
    expect((await janitor?.run())?.repaired).toBe(1);
    expect((await stack.demo.context.orders.get('rc-lost'))?.status).toBe('succeeded');
    expect((await janitor?.run())?.repaired).toBe(0);

    const repair = await postForm(`${stack.demo.url}/reconciliation/repair?country=ID`, {});
    expect(repair.status).toBe(303);
    expect(repair.headers.get('location')).toContain('repaired=0');
    const after = await (await fetch(`${stack.demo.url}/reconciliation?country=ID`)).text();
    expect(after).toContain('data-id="charge:rc-lost" data-category="matched"');
  });
});
