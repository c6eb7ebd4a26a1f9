import { inspect } from 'node:util';
import type { Charge, PaymuxEventName, Payout } from '@paymux/core';
import type { Sandbox } from '@paymux/otgpay-sandbox';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  chargeInput,
  client,
  errorText,
  payoutInput,
  pool,
  provider,
  report,
  sandbox,
  settle,
  WireTap,
} from './harness.js';

const WINDOW = 16;
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

/** Every WINDOW-character slice of every base64 run in `text`. */
function base64Windows(text: string): Set<string> {
  const windows = new Set<string>();
  for (const [run] of text.matchAll(/[A-Za-z0-9+/]{16,}/g)) {
    for (let i = 0; i + WINDOW <= run.length; i++) windows.add(run.slice(i, i + WINDOW));
  }
  return windows;
}

function leaks(secret: string, windows: Set<string>): boolean {
  const clean = secret.replace(/[^A-Za-z0-9+/]/g, '');
  for (let i = 0; i + WINDOW <= clean.length; i++) {
    if (windows.has(clean.slice(i, i + WINDOW))) return true;
  }
  return false;
}

describe('no secret in any event, log line or error', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await sandbox('reliability-scan');
    sb.control.fund('ID', '100000000');
  });
  afterAll(() => sb.stop());

  it('keys, API keys and signature fragments never show, with bodies logged and every fault on', async () => {
    const tap = new WireTap();
    const paymux = client([provider(sb, 'otgpay-id', { fetch: tap.fetch })], { logBodies: true });
    const seen: string[] = [];
    for (const name of EVENTS) {
      paymux.on(name, (payload: unknown) =>
        seen.push(`${name} ${inspect(payload, { depth: 10 })}`),
      );
    }
    const logged: string[] = [];
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        logged.push(args.map((a) => inspect(a, { depth: 10 })).join(' '));
      }),
    );
    sb.control.setFaults({
      afterCommitRates: { '1003': 0.1, drop: 0.05, unrecognised: 0.1, refusal: 0.1, tampered: 0.1 },
      busyRate: 0.1,
      flipResponseBytes: Array.from({ length: 300 }, (_, i) => ({
        offset: i * 7,
        mask: 1 + (i % 3),
      })),
    });
    const results = await pool(
      Array.from({ length: 150 }, (_, i) => i),
      16,
      (i) =>
        i % 3 === 0
          ? settle<Charge | Payout>(() => paymux.payouts.create(payoutInput(`scan-p-${i}`, i)))
          : settle<Charge | Payout>(() => paymux.charges.create(chargeInput(`scan-c-${i}`, i))),
    );
    const injected = sb.control.injectedFaults();
    sb.control.clearFaults();
    for (const spy of spies) spy.mockRestore();
    const errors = results.flatMap((r) => (r.ok ? [] : [errorText(r.error)]));
    const text = [...seen, ...logged, ...errors].join('\n');
    const windows = base64Windows(text);
    const c = sb.merchants.ID;
    expect(text).not.toContain(c.apiKey);
    expect(leaks(c.merchantPrivateKey, windows)).toBe(false);
    const leaked = [...tap.signatures].filter((sign) => leaks(sign, windows));
    expect(leaked).toEqual([]);
    // The scan looked at something: bodies were logged and errors happened.
    expect(seen.some((line) => line.includes('body'))).toBe(true);
    expect(errors.length + injected.flip).toBeGreaterThan(0);
    expect(tap.signatures.size).toBeGreaterThan(200);
    report({
      scenario: 'secret scan',
      events: seen.length,
      logLines: logged.length,
      errors: errors.length,
      signaturesChecked: tap.signatures.size,
      faultsInjected: Object.values(injected).reduce((a, b) => a + b, 0),
      leaks: leaked.length,
    });
  }, 240_000);
});
