import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Sandbox, startSandbox } from '@paymux/otgpay-sandbox';
import { SqliteStore } from '@paymux/store-sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Callback,
  callbackInbox,
  countEffects,
  gatewayProxy,
  Merchant,
} from './support/harness.js';

/**
 * Must show (issue 9): restarts on SQLite with real processes killed by SIGKILL at the
 * worst moment. The gateway is the real sandbox over HTTP; the only thing between the
 * merchant process and it is a loopback proxy that lets the test kill the process right
 * after the gateway answered and before the answer reaches it.
 */
const LEASE_MS = 1_000;
// Wire amount 1500777: the "777" ending makes the sandbox pay it at once (a callback).
const PAID_AMOUNT = '150077700';

let sandbox: Sandbox;
let inbox: Awaited<ReturnType<typeof callbackInbox>>;
let dir: string;
const merchants: Merchant[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ magicDelayMs: 10, callbackRetryDelaysMs: [100, 100] });
  inbox = await callbackInbox();
  dir = mkdtempSync(join(tmpdir(), 'paymux-sqlite-processes-'));
});

afterAll(async () => {
  for (const merchant of merchants) await merchant.kill();
  await inbox?.close();
  await sandbox?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function start(baseUrl: string, file: string, effects: string): Merchant {
  const id = sandbox.merchants.ID;
  const merchant = new Merchant({
    STORE: 'sqlite',
    STORE_FILE: file,
    MERCHANT: JSON.stringify(id),
    BASE_URL: baseUrl,
    NOTIFY_URL: inbox.url,
    LEASE_MS: String(LEASE_MS),
    EFFECTS_FILE: effects,
  });
  merchants.push(merchant);
  return merchant;
}

const paymentsOf = (reference: string) =>
  sandbox.control.orders('ID').payments.filter((payment) => payment.orderId === reference);

async function callbackFor(reference: string): Promise<Callback> {
  for (let i = 0; i < 200; i++) {
    const found = inbox.received.find((callback) => callback.orderId === reference);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`no callback for ${reference}`);
}

describe('SQLite store across real process deaths', () => {
  it('a process killed after the gateway committed its create and before it recorded the outcome: a new process on the same file returns the one existing order', async () => {
    const file = join(dir, 'killed-create.db');
    const effects = join(dir, 'killed-create.effects');
    const base = new URL(sandbox.merchants.ID.baseUrl);
    let victim: Merchant | undefined;
    const proxy = await gatewayProxy(base.origin, (path, requestBody) => {
      if (path.startsWith('/api/payment/create') && JSON.parse(requestBody).orderId === 'kill-1') {
        victim?.child.kill('SIGKILL');
        return 'swallow';
      }
      return 'forward';
    });
    const baseUrl = proxy.url + base.pathname.replace(/\/$/, '');
    victim = start(baseUrl, file, effects);
    await victim.ready;
    void victim.send({ op: 'create', reference: 'kill-1', amount: PAID_AMOUNT });
    expect(await victim.exited).toBe('SIGKILL');

    // The gateway committed the order; the file holds an in-flight record of a dead owner.
    expect(paymentsOf('kill-1')).toHaveLength(1);
    const inspect = await SqliteStore.open({ file });
    const record = (await inspect.get<Record<string, unknown>>('idem:charge:kill-1'))?.value;
    await inspect.close();
    expect(record).toMatchObject({ state: 'in_flight', provider: 'otgpay-id' });

    const survivor = start(baseUrl, file, effects);
    await survivor.ready;
    const answer = await survivor.send({ op: 'create', reference: 'kill-1', amount: PAID_AMOUNT });
    expect(answer.error).toBeUndefined();
    expect(answer.charge).toMatchObject({
      reference: 'kill-1',
      providerReference: paymentsOf('kill-1')[0]?.orderNo,
      amount: PAID_AMOUNT,
    });
    // Resolved by a query after the lease: the create went to the gateway once, in all.
    expect(proxy.creates.get('kill-1')).toBe(1);
    expect(paymentsOf('kill-1')).toHaveLength(1);
    // And a third call is answered from the file.
    expect(
      (await survivor.send({ op: 'create', reference: 'kill-1', amount: PAID_AMOUNT })).charge,
    ).toEqual(answer.charge);
    expect(proxy.creates.get('kill-1')).toBe(1);
    await survivor.stop();
    await proxy.close();
  });

  it('a webhook handler killed mid-run: redeliveries get 409 during the lease, the one after it runs the handler once; a replay after a restart does not run it', async () => {
    const file = join(dir, 'killed-webhook.db');
    const effects = join(dir, 'killed-webhook.effects');
    const baseUrl = sandbox.merchants.ID.baseUrl;
    const first = start(baseUrl, file, effects);
    await first.ready;
    const created = await first.send({ op: 'create', reference: 'hook-1', amount: PAID_AMOUNT });
    expect(created.error).toBeUndefined();
    const callback = await callbackFor('hook-1');

    // The process that takes over is up before the first one dies (starting one takes longer
    // than the lease on a loaded machine).
    const second = start(baseUrl, file, effects);
    await second.ready;
    const started = first.nextStarted();
    void first.send({ op: 'webhook', ...callback, hang: true });
    await started;
    await first.kill();
    const killedAt = Date.now();
    expect(existsSync(effects)).toBe(false);

    const outcomes: string[] = [];
    let answer = await second.send({ op: 'webhook', ...callback });
    for (
      ;
      answer.outcome === 'in_progress';
      answer = await second.send({ op: 'webhook', ...callback })
    ) {
      outcomes.push(answer.outcome as string);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(outcomes.length).toBeGreaterThan(0);
    expect(answer).toMatchObject({ status: 200, outcome: 'handled' });
    const handledAt = Date.now();
    expect(handledAt - killedAt).toBeGreaterThanOrEqual(LEASE_MS - 200);
    expect((await second.send({ op: 'webhook', ...callback })).outcome).toBe('duplicate');
    await second.stop();

    // A restart, then the old callback replayed: its handler does not run.
    const third = start(baseUrl, file, effects);
    await third.ready;
    expect(await third.send({ op: 'webhook', ...callback })).toMatchObject({
      status: 200,
      outcome: 'duplicate',
    });
    await third.stop();
    const counts = countEffects(readFileSync(effects, 'utf8'));
    expect([...counts.values()]).toEqual([1]);
    console.log(
      `STORE-PROCESSES-SQLITE ${JSON.stringify({
        webhookLeaseMs: LEASE_MS,
        redeliveriesAnswered409: outcomes.length,
        handledAfterMs: handledAt - killedAt,
        effectsApplied: counts.get([...counts.keys()][0] as string),
        replayAfterRestart: 'duplicate',
      })}`,
    );
  });
});
