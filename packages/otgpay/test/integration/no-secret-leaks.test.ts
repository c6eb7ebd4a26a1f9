import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { createPaymux, type Paymux, type PaymuxEventName } from '@paymux/core';
import type { Sandbox } from '@paymux/otgpay-sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OtgpayFetch } from '../../src/index.js';
import { customer } from '../fixtures/provider-options.js';
import { sandboxProvider, startTestSandbox } from '../fixtures/sandbox-provider.js';

const EVENTS: PaymuxEventName[] = [
  'request',
  'response',
  'retry',
  'error',
  'charge.created',
  'charge.updated',
  'refund.created',
  'payout.created',
  'payout.updated',
  'payout_batch.progress',
  'webhook.received',
  'webhook.duplicate',
];

let sandbox: Sandbox;
let receiver: Server;
const callbacks: string[] = [];
let notifyUrl = '';

beforeAll(async () => {
  sandbox = await startTestSandbox({ seed: 'otgpay-secrets-it' });
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    req.on('end', () => {
      callbacks.push(body);
      res.end('SUCCESS');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  notifyUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/otgpay`;
}, 60_000);

afterAll(async () => {
  await sandbox?.stop();
  await new Promise<void>((resolve) => (receiver ? receiver.close(() => resolve()) : resolve()));
});

function serialize(value: unknown): string {
  const json = (() => {
    try {
      return JSON.stringify(value, (_key, item: unknown) =>
        typeof item === 'bigint' ? item.toString() : item,
      );
    } catch {
      return '';
    }
  })();
  return `${inspect(value, { depth: 12, showHidden: true, getters: true })}\n${json}`;
}

async function waitFor(check: () => boolean, ms = 3000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('no secret reaches events, errors, inspect or JSON during a full flow', () => {
  it('scans everything for the API key, the private key and every wire signature', async () => {
    const credentials = sandbox.merchants.ID;
    const signatures = new Set<string>();
    const recordingFetch: OtgpayFetch = async (request) => {
      const url = new URL(request.url);
      const querySign = url.searchParams.get('sign');
      if (querySign) signatures.add(querySign);
      if (request.method === 'POST') {
        const body = JSON.parse(await request.clone().text()) as { sign?: string };
        if (body.sign) signatures.add(body.sign);
      }
      const response = await fetch(request);
      const text = await response.clone().text();
      const sign = /"sign":"([^"]+)"/.exec(text)?.[1];
      if (sign) signatures.add(sign);
      return response;
    };
    const provider = sandboxProvider(sandbox, { fetch: recordingFetch, notifyUrl });
    const paymux: Paymux = createPaymux({
      providers: [provider],
      retry: { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 2 },
      logBodies: true,
    });
    const seen: unknown[] = [];
    for (const name of EVENTS) paymux.on(name, (payload: unknown) => seen.push(payload));
    const caught: unknown[] = [];
    const attempt = async (run: () => Promise<unknown>) => {
      try {
        seen.push(await run());
      } catch (error) {
        caught.push(error);
      }
    };

    sandbox.control.setFaults({ dropAfterCommit: 1, paths: ['/api/payment/create'] });
    await attempt(() =>
      paymux.charges.create({
        reference: 'leak-1',
        money: { amount: 15_000_000n, currency: 'IDR' },
        country: 'ID',
        method: { type: 'qr' },
        customer: { ...customer, phone: '081234567890' },
      }),
    );
    sandbox.control.clearFaults();
    sandbox.control.pay('ID', 'leak-1');
    await attempt(() => paymux.charges.retrieve('leak-1'));
    await attempt(() =>
      paymux.refunds.create({
        chargeReference: 'leak-1',
        reference: 'leak-1-r1',
        money: { amount: 1_000_000n, currency: 'IDR' },
      }),
    );
    // a refused refund (over the rest) and a signature failure: errors carry `raw`
    await attempt(() =>
      paymux.refunds.create({
        chargeReference: 'leak-1',
        reference: 'leak-1-r2',
        money: { amount: 99_000_000n, currency: 'IDR' },
      }),
    );
    sandbox.control.fund('ID', '500000');
    await attempt(() =>
      paymux.payouts.create({
        reference: 'leak-po-1',
        money: { amount: 5_000_000n, currency: 'IDR' },
        country: 'ID',
        destination: { type: 'bank_account', bank: '014', accountNumber: '1234567890' },
        recipient: { ...customer, phone: '081234567890' },
      }),
    );
    await attempt(() => paymux.balance.retrieve({ currency: 'IDR' }));
    await waitFor(() => callbacks.length > 0);
    for (const rawBody of callbacks) {
      const parsed = JSON.parse(rawBody) as { sign?: string };
      if (parsed.sign) signatures.add(parsed.sign);
      await attempt(() => paymux.webhooks.constructEvent(provider.id, { rawBody, headers: {} }));
      const tampered = rawBody.replace('"leak-1"', '"leak-9"');
      await attempt(() =>
        paymux.webhooks.constructEvent(provider.id, { rawBody: tampered, headers: {} }),
      );
    }

    expect(signatures.size).toBeGreaterThan(5);
    expect(caught.length).toBeGreaterThanOrEqual(2);
    expect(seen.length).toBeGreaterThan(10);
    const haystack = [
      ...seen.map(serialize),
      ...caught.map(serialize),
      ...caught.map((error) => String(error)),
      serialize(paymux),
      serialize(provider),
      serialize(provider.client),
    ].join('\n');
    const privateKey = String(credentials.merchantPrivateKey).replace(/-----[^-]+-----|\s/g, '');
    expect(haystack).not.toContain(credentials.apiKey);
    expect(haystack).not.toContain(privateKey.slice(40, 104));
    for (const sign of signatures) expect(haystack).not.toContain(sign.slice(0, 40));
  });
});
