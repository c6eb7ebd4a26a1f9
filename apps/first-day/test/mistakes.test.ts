import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createPaymux, PaymuxError } from '@paymux/core';
import { type OtgpayProviderOptions, otgpay } from '@paymux/otgpay';
import { indonesia } from '@paymux/otgpay-id';
import { pakistan } from '@paymux/otgpay-pk';
import { type Sandbox, startSandbox } from '@paymux/otgpay-sandbox';
import { thailand } from '@paymux/otgpay-th';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MISTAKES, type MistakeContext } from '../src/mistakes.js';
import { troubleshootingPage } from '../src/troubleshooting.js';

let sandbox: Sandbox;
/** Every request any provider of these tests sent, by path. */
const requests: string[] = [];
const countingFetch = (request: Request, init?: RequestInit) => {
  requests.push(new URL(request.url).pathname);
  return fetch(request, init);
};

const ADAPTERS = { ID: indonesia, TH: thailand, PK: pakistan } as const;

const ctx: MistakeContext = {
  options(country) {
    const m = sandbox.merchants[country];
    return {
      country: ADAPTERS[country](),
      appId: m.appId,
      apiKey: m.apiKey,
      merchantPrivateKey: m.merchantPrivateKey,
      platformPublicKey: m.platformPublicKey,
      baseUrl: m.baseUrl,
      notifyUrl: 'https://shop.example/webhooks/otgpay',
      timeoutMs: 5000,
      fetch: countingFetch,
    };
  },
  provider: (options: OtgpayProviderOptions) => otgpay(options),
  paymux(country) {
    return createPaymux({ providers: [otgpay(ctx.options(country))] });
  },
};

function orderCount(): number {
  return (['ID', 'TH', 'PK'] as const).reduce((n, c) => {
    const o = sandbox.control.orders(c);
    return n + o.payments.length + o.payouts.length;
  }, 0);
}

beforeAll(async () => {
  sandbox = await startSandbox({ logger: () => {} });
}, 60_000);

afterAll(async () => {
  await sandbox?.stop();
});

describe(`${MISTAKES.length} first-day mistakes, each a typed error that names the fix`, () => {
  it('covers at least 30 mistakes, every id once', () => {
    expect(MISTAKES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(MISTAKES.map((m) => m.id)).size).toBe(MISTAKES.length);
  });

  it.each(MISTAKES.map((m) => [m.id, m] as const))('%s', async (_id, mistake) => {
    const before = { requests: requests.length, orders: orderCount() };
    let caught: unknown;
    try {
      await mistake.run(ctx);
    } catch (error) {
      caught = error;
    }
    expect(PaymuxError.isInstance(caught), `expected a PaymuxError, got ${String(caught)}`).toBe(
      true,
    );
    const error = caught as PaymuxError;
    expect({ name: error.name, code: error.code, field: error.field }).toEqual(mistake.error);
    expect(error.message).toContain(mistake.says);
    // no regular expression, no secret in any message
    expect(error.message).not.toMatch(
      /must match pattern|\^\[|sbx_[a-z]{2}_[0-9a-f]{8}|MII[A-Za-z0-9+/]{20}/,
    );
    // nothing is ever created; only the deploy-time check may send (one read-only request)
    expect(orderCount()).toBe(before.orders);
    const sent = requests.slice(before.requests);
    if (mistake.stage === 'deploy-check') expect(sent).toEqual(['/api/balance']);
    else expect(sent).toEqual([]);
  });
});

describe('docs/troubleshooting.md', () => {
  it('is generated from the same table and up to date (else run `pnpm --filter @paymux/first-day troubleshooting`)', () => {
    const file = fileURLToPath(new URL('../../../docs/troubleshooting.md', import.meta.url));
    // biome pads the table columns; compare the content, not the padding
    const content = (text: string) =>
      text
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').replace(/-{3,}/g, '---').trim())
        .join('\n')
        .trim();
    expect(content(readFileSync(file, 'utf8'))).toBe(content(troubleshootingPage()));
  });

  it('has one row per mistake: error, cause and fix', () => {
    const page = troubleshootingPage();
    for (const m of MISTAKES) {
      expect(page).toContain(`\`${m.error.name}\` · \`${m.error.code}\` · \`${m.error.field}\``);
    }
    expect(
      page
        .split('\n')
        .filter((l) => l.startsWith('| ') && !l.startsWith('| You') && !l.startsWith('| ---')),
    ).toHaveLength(MISTAKES.length);
  });
});
