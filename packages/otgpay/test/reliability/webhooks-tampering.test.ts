import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Charge, Payout, WebhookEvent } from '@paymux/core';
import type { Sandbox } from '@paymux/otgpay-sandbox';
import { OtgpaySigner } from '@paymux/otgpay-signing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { merchantKeys, platformKeys } from '../fixtures/keys.js';
import {
  chargeInput,
  client,
  payoutInput,
  pool,
  provider,
  report,
  sandbox,
  settle,
} from './harness.js';

/** A merchant webhook endpoint on loopback that hands every delivery to `paymux.webhooks.handle`. */
async function receiver(onBody: (raw: string) => Promise<{ status: number; body: string }>) {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      onBody(Buffer.concat(chunks).toString('utf8')).then(
        (reply) => res.writeHead(reply.status, { 'content-type': 'text/plain' }).end(reply.body),
        () => res.writeHead(500).end('error'),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/otgpay`,
    close: () => new Promise((r) => server.close(r)),
  };
}

function flip(text: string, offset: number, mask: number): string {
  const bytes = Buffer.from(text, 'utf8');
  bytes[offset] = (bytes[offset] as number) ^ mask;
  return bytes.toString('utf8');
}

/** The signed content of a JSON text (every field but `sign`), or undefined if it does not parse. */
function signedContent(
  text: string,
  pick: (v: Record<string, unknown>) => unknown,
): string | undefined {
  try {
    const value = pick(JSON.parse(text) as Record<string, unknown>);
    if (value === null || typeof value !== 'object') return undefined;
    const { sign: _sign, ...rest } = value as Record<string, unknown>;
    return JSON.stringify(Object.entries(rest).sort(([x], [y]) => (x < y ? -1 : 1)));
  } catch {
    return undefined;
  }
}

describe('webhooks and tampering', () => {
  let sb: Sandbox;
  let other: Sandbox;
  beforeAll(async () => {
    // Known platform keys, so the test can sign what a forger with the platform key could.
    const pair = (k: typeof platformKeys) => ({
      privateKey: k.privateBase64,
      publicKey: k.publicBase64,
    });
    const keys = {
      platform: pair(platformKeys),
      merchants: { ID: pair(merchantKeys), TH: pair(merchantKeys), PK: pair(merchantKeys) },
    };
    // The real OTGPAY redelivers for hours; the fixture's 2 s timeout and two 20 ms retries are
    // for speed. A loaded CI machine (load average 70+) made a storm delivery outlive all
    // three attempts, so this storm gets a patient schedule: it still proves each effect once.
    const patient = {
      callbackTimeoutMs: 20_000,
      callbackRetryDelaysMs: [50, 250, 1_000, 3_000, 6_000],
    };
    [sb, other] = await Promise.all([
      sandbox('reliability-hooks', { keys, ...patient }),
      sandbox('reliability-other', { keys }),
    ]);
    sb.control.fund('ID', '100000000');
  });
  afterAll(async () => {
    await Promise.all([sb.stop(), other.stop()]);
  });

  it('a storm of duplicated, reordered callbacks: each effect once, never back from final; forgeries refused', async () => {
    const paymux = client([provider(sb, 'otgpay-id')]);
    const effects = new Map<string, number>();
    const finals = new Map<string, string>();
    let backwards = 0;
    const captured: string[] = [];
    const hook = await receiver(async (raw) => {
      captured.push(raw);
      const reply = await paymux.webhooks.handle(
        'otgpay-id',
        { rawBody: raw, headers: {} },
        (event: WebhookEvent) => {
          effects.set(event.id, (effects.get(event.id) ?? 0) + 1);
          const key = `${event.type.split('.')[0]}:${event.reference}`;
          const before = finals.get(key);
          if (before !== undefined && before !== event.type) backwards++;
          finals.set(key, event.type);
        },
      );
      return { status: reply.status, body: String(reply.body) };
    });
    sb.control.setFaults({ duplicateCallbacks: true, reorderCallbacks: true });
    const N = 120;
    await pool(
      Array.from({ length: N }, (_, i) => i),
      16,
      async (i) => {
        await paymux.charges.create({ ...chargeInput(`wh-c-${i}`, i), notifyUrl: hook.url });
        await paymux.payouts.create({ ...payoutInput(`wh-p-${i}`, i), notifyUrl: hook.url });
      },
    );
    for (let i = 0; i < N; i++) {
      if (i % 3 === 0) sb.control.paymentOutcome('ID', `wh-c-${i}`, { status: 3 });
      else sb.control.pay('ID', `wh-c-${i}`);
      sb.control.payoutOutcome(
        'ID',
        `wh-p-${i}`,
        i % 4 === 0 ? { status: 3, errorMsg: 'closed' } : { status: 2 },
      );
    }
    await sb.control.callbacksIdle();
    expect(effects.size).toBe(2 * N);
    expect([...effects.values()].every((count) => count === 1)).toBe(true);
    expect(backwards).toBe(0);
    const deliveries = captured.length;
    expect(deliveries).toBeGreaterThanOrEqual(4 * N);

    // Forgeries, each posted to the real endpoint: none may reach the handler.
    const genuine = captured[0]!;
    const body = JSON.parse(genuine) as Record<string, unknown>;
    const sign = String(body['sign']);
    const badSign = JSON.stringify({ ...body, sign: `${sign[1]}${sign[0]}${sign.slice(2)}` });
    // Signed with the real platform key, but for another merchant: the Thai appId with its API
    // key (another country's key), and the Indonesian body re-signed with the Thai API key.
    const platform = (apiKey: string) =>
      new OtgpaySigner({
        privateKey: platformKeys.privateBase64,
        verifyKey: platformKeys.publicBase64,
        apiKey,
      });
    const { sign: _s, ...unsigned } = body;
    const otherAppId = platform(sb.merchants.TH.apiKey).signed({
      ...unsigned,
      appId: sb.merchants.TH.appId,
    });
    const otherCountryKey = platform(sb.merchants.TH.apiKey).signed(unsigned);
    // A genuine, correctly signed callback of another gateway account (the second sandbox).
    const otherAccount = platform(other.merchants.ID.apiKey).signed({
      ...unsigned,
      appId: other.merchants.ID.appId,
    });
    const forgeries = [
      badSign,
      JSON.stringify(otherAppId),
      JSON.stringify(otherCountryKey),
      JSON.stringify(otherAccount),
    ];
    // A validly signed event that would move a final order back: acknowledged, never applied.
    const paid = captured
      .map((text) => JSON.parse(text) as Record<string, unknown>)
      .find((v) => v['event'] === 'payment.completed')!;
    const { sign: _p, ...paidUnsigned } = paid;
    const backwardsEvent = platform(sb.merchants.ID.apiKey).signed({
      ...paidUnsigned,
      event: 'payment.failed',
      status: 3,
    });
    const before = effects.size;
    const outcomes: string[] = [];
    for (const forged of forgeries) {
      const reply = await fetch(hook.url, { method: 'POST', body: forged });
      outcomes.push(String(reply.status));
    }
    expect(outcomes.every((status) => status !== '200')).toBe(true);
    expect(effects.size).toBe(before);
    const stale = await fetch(hook.url, { method: 'POST', body: JSON.stringify(backwardsEvent) });
    expect(stale.status).toBe(200);
    expect(effects.size).toBe(before);
    expect(finals.get(`charge:${String(paid['orderId'])}`)).toBe('charge.succeeded');
    await hook.close();

    // Single-byte flips of a genuine callback: only a flip that leaves the signed content
    // identical may be accepted, and then it is the same event (a duplicate).
    const flips = { tried: 0, accepted: 0, acceptedIdentical: 0 };
    const original = signedContent(genuine, (v) => v);
    const bytes = Buffer.byteLength(genuine);
    for (let offset = 0; offset < bytes; offset++) {
      for (const mask of [1, 2, 32]) {
        const forged = flip(genuine, offset, mask);
        flips.tried++;
        const result = await settle(() =>
          paymux.webhooks.constructEvent('otgpay-id', { rawBody: forged, headers: {} }),
        );
        if (result.ok) {
          flips.accepted++;
          expect(signedContent(forged, (v) => v)).toBe(original);
          flips.acceptedIdentical++;
        }
      }
    }
    report({
      scenario: 'webhooks',
      events: 2 * N,
      deliveries,
      handlerRuns: [...effects.values()].reduce((a, b) => a + b, 0),
      backFromFinal: backwards,
      forgeriesRefused: forgeries.length,
      callbackFlips: flips.tried,
      callbackFlipsAccepted: flips.accepted,
    });
  }, 240_000);

  it('single-byte flips of signed responses: only a flip leaving the signed data identical passes', async () => {
    const paymux = client([provider(sb, 'otgpay-id')], { retry: { maxAttempts: 1 } });
    const baselineCharge = await paymux.charges.create(chargeInput('flip-charge', 7));
    sb.control.pay('ID', 'flip-charge');
    await paymux.payouts.create(payoutInput('flip-payout', 7));
    const baseline = {
      charge: await paymux.charges.retrieve('flip-charge'),
      payout: await paymux.payouts.retrieve('flip-payout'),
    };
    void baselineCharge;
    // The exact response texts, read as the SDK reads them.
    const c = sb.merchants.ID;
    const raw = async (path: string) => {
      const { OtgpaySigner } = await import('@paymux/otgpay-signing');
      const signer = new OtgpaySigner({
        privateKey: c.merchantPrivateKey,
        verifyKey: c.platformPublicKey,
        apiKey: c.apiKey,
      });
      const orderId = path.split('/').pop()!;
      const params = signer.signed({ appId: c.appId, orderId });
      const query = new URLSearchParams(
        Object.entries(params).map(([k, v]): [string, string] => [k, String(v)]),
      );
      return (await fetch(`${sb.url}${path}?${query}`)).text();
    };
    const texts = {
      charge: await raw('/api/payment/flip-charge'),
      payout: await raw('/api/payout/flip-payout'),
    };
    const counts = { tried: 0, rejected: 0, passed: 0 };
    for (const kind of ['charge', 'payout'] as const) {
      const text = texts[kind];
      const original = signedContent(text, (v) => v['data']);
      const length = Buffer.byteLength(text);
      const flipsOf = [1].flatMap((mask) =>
        Array.from({ length }, (_, offset) => ({ offset, mask })),
      );
      sb.control.setFaults({
        flipResponseBytes: flipsOf,
        paths: [`/api/${kind === 'charge' ? 'payment' : 'payout'}/flip-${kind}`],
      });
      // One at a time: the queue hands flip n to request n.
      await pool(flipsOf, 1, async ({ offset, mask }) => {
        counts.tried++;
        const result = await settle<Charge | Payout>(() =>
          kind === 'charge'
            ? paymux.charges.retrieve('flip-charge')
            : paymux.payouts.retrieve('flip-payout'),
        );
        if (!result.ok) {
          counts.rejected++;
          return;
        }
        counts.passed++;
        // Accepted: the flipped body must carry the very same signed data.
        expect(signedContent(flip(text, offset, mask), (v) => v['data'])).toBe(original);
        expect(result.value).toEqual(baseline[kind]);
      });
      expect(sb.control.injectedFaults().flip).toBeGreaterThanOrEqual(flipsOf.length);
      sb.control.clearFaults();
    }
    expect(counts.tried).toBeGreaterThan(1000);
    expect(counts.passed).toBeLessThan(counts.tried / 10);
    report({ scenario: 'response flips', ...counts });
  }, 240_000);
});
