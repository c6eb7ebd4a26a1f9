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
// Long enough that, on a loaded CI machine, the redeliveries after the kill still land inside
// the dead handler's lease (1 s was outlived at load 50+, and the 409s were never seen).
const LEASE_MS = 5_000;
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

  it('a process killed while a payout batch chunk was at the gateway: the stream run again queries that chunk, sends only what was never sent, and a single create adopts an item', async () => {
    sandbox.control.fund('ID', '100000000000');
    const file = join(dir, 'killed-batch.db');
    const effects = join(dir, 'killed-batch.effects');
    const base = new URL(sandbox.merchants.ID.baseUrl);
    const batches = new Map<string, number>();
    const singles: string[] = [];
    let victim: Merchant | undefined;
    const proxy = await gatewayProxy(base.origin, (path, requestBody) => {
      if (path.startsWith('/api/payout/batch')) {
        const batchId = JSON.parse(requestBody).batchId as string;
        batches.set(batchId, (batches.get(batchId) ?? 0) + 1);
        if (batchId === 'kb-2' && batches.get(batchId) === 1) {
          victim?.child.kill('SIGKILL');
          return 'swallow';
        }
      }
      if (path.startsWith('/api/payout/create')) singles.push(JSON.parse(requestBody).orderId);
      return 'forward';
    });
    const baseUrl = proxy.url + base.pathname.replace(/\/$/, '');
    const stream = { op: 'stream', reference: 'kb', prefix: 'kbi', count: 25, chunkSize: 10 };
    const amount = '1000000';
    const payoutsOf = () =>
      sandbox.control
        .orders('ID')
        .payouts.map((payout) => String(payout.orderId))
        .filter((id) => id.startsWith('kbi-'));

    victim = start(baseUrl, file, effects);
    await victim.ready;
    void victim.send({ ...stream, amount });
    expect(await victim.exited).toBe('SIGKILL');
    // Chunks 1 and 2 are at the gateway; the file holds chunk 2 in flight, owned by the dead.
    expect(payoutsOf()).toHaveLength(20);
    const inspect = await SqliteStore.open({ file });
    const chunk = async (n: number) =>
      (await inspect.get<Record<string, unknown>>(`idem:payout_batch:kb-${n}`))?.value;
    expect(await chunk(1)).toMatchObject({ state: 'completed' });
    expect(await chunk(2)).toMatchObject({ state: 'in_flight', provider: 'otgpay-id' });
    expect(await inspect.list('idem:payout:')).toHaveLength(0);
    await inspect.close();

    const survivor = start(baseUrl, file, effects);
    await survivor.ready;
    const again = await survivor.send({ ...stream, amount });
    expect(again).toMatchObject({ ok: 25, failed: {} });
    // Chunk 1 answered from its record, chunk 2 by queries after the lease, chunk 3 sent once.
    expect(Object.fromEntries(batches)).toEqual({ 'kb-1': 1, 'kb-2': 1, 'kb-3': 1 });
    expect(new Set(payoutsOf()).size).toBe(25);
    expect(payoutsOf()).toHaveLength(25);

    // A single create with the reference of an item of the killed chunk: queried, adopted.
    const single = await survivor.send({ op: 'payout', reference: 'kbi-13', amount });
    expect(single.error).toBeUndefined();
    expect(single.payout).toMatchObject({ reference: 'kbi-13' });
    expect(singles).toEqual([]);
    expect(payoutsOf()).toHaveLength(25);
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
