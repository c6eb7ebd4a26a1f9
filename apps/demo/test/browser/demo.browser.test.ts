import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Launched } from '../../src/launcher.js';
import {
  HAVE_CHROMIUM,
  launchBrowser,
  payoutCsv,
  portOf,
  requireChromium,
  screenshot,
  seriousViolations,
  startStack,
  tempDataDir,
} from './harness.js';

requireChromium();

/**
 * The demo in a real headless Chromium against the real OTGPAY sandbox over HTTP: a customer
 * pays on the hosted page, the back office sees it without a reload, refunds, pays out a CSV
 * batch, and a restart keeps every order.
 */
describe.skipIf(!HAVE_CHROMIUM)('Paymux Demo Store in Chromium', () => {
  let browser: Browser;
  let stack: Launched;
  let dataDir: string;
  const orders: string[] = [];

  beforeAll(async () => {
    dataDir = await tempDataDir();
    [browser, stack] = await Promise.all([launchBrowser(), startStack(dataDir)]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const url = (path: string) => `${stack.demo.url}${path}`;

  async function newPage(width = 1280): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    page.setDefaultTimeout(20_000);
    return page;
  }

  async function expectAccessible(page: Page) {
    expect(await seriousViolations(page)).toEqual([]);
  }

  /** Checkout → the order page; returns the reference. */
  async function checkout(
    page: Page,
    country: string,
    method: string,
    amount?: string,
  ): Promise<string> {
    await page.goto(url(`/?country=${country}`));
    await page.getByLabel(method, { exact: false }).first().check();
    if (amount) await page.getByLabel(/^Amount/).fill(amount);
    await page.getByRole('button', { name: 'Continue to payment' }).click();
    await page.waitForURL(/\/orders\/[^/]+\/pay$/);
    const reference = decodeURIComponent(new URL(page.url()).pathname.split('/')[2] ?? '');
    orders.push(reference);
    return reference;
  }

  /** Opens the sandbox's hosted page on a phone-sized screen and presses a simulator button. */
  async function payOnHostedPage(page: Page, button: 'Pay' | 'Fail', shot?: string) {
    const href = await page.getByTestId('hosted-page').getAttribute('href');
    expect(href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/pay\//);
    const phone = await browser.newPage({ viewport: { width: 420, height: 860 } });
    try {
      await phone.goto(href ?? '');
      // Mobile first: nothing wider than the phone.
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        420,
      );
      await expect.poll(() => phone.getByTestId('countdown').textContent()).toMatch(/^\d\d:\d\d$/);
      if (shot) {
        await screenshot(phone, shot);
        await expectAccessible(phone);
      }
      await phone.getByRole('button', { name: button, exact: true }).click();
      await phone
        .getByTestId('status')
        .filter({ hasText: button === 'Pay' ? 'Paid' : 'Failed' })
        .waitFor();
    } finally {
      await phone.close();
    }
  }

  const cases = [
    { country: 'ID', method: 'QRIS', amount: 'Rp 150.000', hosted: 'Rp 150.000' },
    { country: 'TH', method: 'PromptPay', amount: '฿1,500.00', hosted: '฿1,500.00' },
    { country: 'PK', method: 'Easypaisa', amount: 'Rs 1,500.00', hosted: 'Rs 1,500.00' },
  ] as const;

  for (const c of cases) {
    it(`${c.country}: a ${c.method} checkout paid on the sandbox page shows as paid without a reload`, async () => {
      const page = await newPage();
      try {
        await page.goto(url(`/?country=${c.country}`));
        if (c.country === 'ID') {
          await screenshot(page, 'checkout');
          await expectAccessible(page);
        }
        const reference = await checkout(page, c.country, c.method);
        await expect.poll(() => page.getByTestId('order-amount').textContent()).toBe(c.amount);
        await expect
          .poll(() => page.getByTestId('order-status').textContent())
          .toContain('Awaiting payment');
        await page.evaluate(() => {
          (window as unknown as { sameDocument: boolean }).sameDocument = true;
        });
        if (c.country === 'ID') {
          await page.getByTestId('qr').locator('svg').waitFor();
          await expectAccessible(page);
        }
        await payOnHostedPage(page, 'Pay', `hosted-page-${c.country.toLowerCase()}`);
        await page.getByTestId('paid-message').waitFor();
        expect(await page.getByTestId('order-status').textContent()).toContain('Paid');
        expect(
          await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
        ).toBe(true);
        if (c.country === 'ID') await screenshot(page, 'order-paid');
        const order = await stack.demo.context.orders.get(reference);
        expect(order?.status).toBe('succeeded');
        expect(order?.callbacks.map((cb) => [cb.type, cb.outcome, cb.verified])).toEqual([
          ['charge.succeeded', 'handled', true],
        ]);
      } finally {
        await page.close();
      }
    }, 60_000);
  }

  it('a failed payment shows as failed, live', async () => {
    const page = await newPage();
    try {
      const reference = await checkout(page, 'ID', 'BCA Virtual Account');
      await page.getByTestId('va-number').waitFor();
      await payOnHostedPage(page, 'Fail');
      await page.getByTestId('failed-message').waitFor();
      expect(await page.getByTestId('order-status').textContent()).toContain('Failed');
      expect((await stack.demo.context.orders.get(reference))?.status).toBe('failed');
    } finally {
      await page.close();
    }
  }, 60_000);

  it('shows the SDK validation error beside the field, and sends nothing', async () => {
    const page = await newPage(420);
    try {
      await page.goto(url('/?country=ID'));
      await page.getByLabel('Mobile phone').fill('12345');
      await page.getByRole('button', { name: 'Continue to payment' }).click();
      const error = page.locator('[data-error-for="customer.phone"]');
      await error.waitFor();
      expect(await error.textContent()).toMatch(/phone/i);
      expect(await page.getByLabel('Mobile phone').getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByLabel('Mobile phone').getAttribute('aria-describedby')).toContain(
        'f-customer-phone-error',
      );
      await page.getByLabel('Mobile phone').fill('0812 3456 7890');
      await page.getByLabel(/^Amount/).fill('150000.5');
      await page.getByRole('button', { name: 'Continue to payment' }).click();
      await page.locator('[data-error-for="money.amount"]').waitFor();
      expect(await page.locator('[data-error-for="customer.phone"]').count()).toBe(0);
      await screenshot(page, 'checkout-field-error');
      await expectAccessible(page);
      const sent = stack.sandbox?.control.orders('ID').payments.length ?? 0;
      expect(sent).toBe(orders.filter((o) => o.startsWith('ord-id')).length + 1); // +1: the sandbox's own funding order
    } finally {
      await page.close();
    }
  }, 60_000);

  it('refunds part of a paid order from the back office', async () => {
    const page = await newPage();
    try {
      const reference = orders[0] ?? '';
      await page.goto(url('/orders'));
      await page.getByRole('link', { name: reference }).waitFor();
      await screenshot(page, 'orders');
      await expectAccessible(page);
      await page.getByRole('link', { name: reference }).click();
      await page.getByLabel(/^Refund amount/).fill('50000');
      await page.getByLabel('Reason (optional)').fill('one item out of stock');
      await page.getByRole('button', { name: 'Refund', exact: true }).click();
      await page.getByText(`Refund ${reference}-r1 done.`).waitFor();
      expect(await page.getByTestId('order-status').textContent()).toContain('Refunded');
      expect(await page.getByLabel(/^Refund amount/).inputValue()).toBe('100000');
      await screenshot(page, 'order-detail');
      await expectAccessible(page);
      const charge = await stack.demo.context.paymux.charges.retrieve(reference);
      expect(charge.refunded).toEqual({ amount: 5_000_000n, currency: 'IDR' });
      expect(charge.status).toBe('succeeded');
    } finally {
      await page.close();
    }
  }, 60_000);

  it('pays out a 200-row CSV batch: per-row validation, a moving progress bar, final statuses', async () => {
    const page = await newPage();
    try {
      await page.goto(url('/payouts?country=ID'));
      await expectAccessible(page);
      await page.getByLabel(/^CSV file/).setInputFiles({
        name: 'payroll.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(payoutCsv(200)),
      });
      await page.getByRole('button', { name: 'Upload and send' }).click();
      await page.waitForURL(/\/payouts\/batches\//);
      // Record every value the progress bar takes.
      await page.evaluate(() => {
        const bar = document.querySelector('[role=progressbar]') as HTMLElement;
        const seen = [Number(bar.getAttribute('aria-valuenow'))];
        (window as unknown as { seen: number[] }).seen = seen;
        new MutationObserver(() => seen.push(Number(bar.getAttribute('aria-valuenow')))).observe(
          bar,
          { attributes: true },
        );
      });
      const bar = page.getByTestId('batch-progress');
      expect(await bar.getAttribute('aria-valuemax')).toBe('200');
      await expect
        .poll(() => bar.getAttribute('aria-valuenow'), { timeout: 90_000, interval: 200 })
        .toBe('200');
      const seen = await page.evaluate(() => (window as unknown as { seen: number[] }).seen);
      expect(
        seen.some((v) => v > 0 && v < 200),
        `progress values seen: ${seen.join(',')}`,
      ).toBe(true);
      expect(await page.locator('[data-testid=batch-rows] [data-status=succeeded]').count()).toBe(
        200,
      );
      const errors = await page.getByTestId('row-error').allTextContents();
      expect(errors).toHaveLength(2);
      expect(errors[0]).toMatch(/^phone:/);
      expect(errors[1]).toMatch(/^amount:/);
      expect(await page.locator('tr[data-line="202"]').textContent()).toContain('Invalid');
      expect(await page.getByTestId('invalid-row').allTextContents()).toEqual([
        expect.stringMatching(/^Line 202, phone: /),
        expect.stringMatching(/^Line 203, amount: /),
      ]);
      await screenshot(page, 'payout-batch', false);
      await expectAccessible(page);
    } finally {
      await page.close();
    }
  }, 150_000);

  it('back-office pages render and pass the accessibility check', async () => {
    const page = await newPage();
    try {
      for (const [path, shot] of [
        ['/balances', 'balances'],
        ['/settlements?country=ID', 'settlements'],
        ['/statement?country=ID', 'statement'],
        ['/sandbox', 'sandbox-faults'],
      ] as const) {
        await page.goto(url(path));
        await page.locator('h1').waitFor();
        await screenshot(page, shot);
        await expectAccessible(page);
      }
      await page.goto(url('/statement?country=ID'));
      expect(await page.getByTestId('statement-table').locator('tbody tr').count()).toBeGreaterThan(
        0,
      );
    } finally {
      await page.close();
    }
  }, 60_000);

  it('a restart of the demo keeps every order', async () => {
    expect(stack.demo.storeKind).toBe('sqlite');
    const before = (await stack.demo.context.orders.list()).map((o) => [o.reference, o.status]);
    expect(before.length).toBeGreaterThanOrEqual(orders.length);
    const ports = { port: portOf(stack.demo.url), sandboxPort: portOf(stack.sandboxUrl) };
    await stack.stop();
    stack = await startStack(dataDir, ports);
    const page = await newPage();
    try {
      await page.goto(url('/orders'));
      for (const reference of orders) await page.getByRole('link', { name: reference }).waitFor();
      const after = (await stack.demo.context.orders.list()).map((o) => [o.reference, o.status]);
      expect(after).toEqual(before);
    } finally {
      await page.close();
    }
  }, 60_000);
});
