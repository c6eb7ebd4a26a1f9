/**
 * Row 9: how close the sandbox (its own process) gets to its RSA bound: one sign (the
 * response's `data.sign`) and one verify (the request's `sign`) per create on one core.
 * The load generator pre-signs every request before the clock starts and does not verify
 * answers (node:http, keep-alive), so it is never the bottleneck; 32 requests in flight,
 * after 3,000 creates of warm-up that are not measured. In the same rounds, alternating, the
 * same bodies go to a hand-written `node:http` server that only parses, verifies, signs and
 * answers (`bench/support/bare-server-child.ts`): what is left of the gap at that server is
 * the cost of HTTP on Node, not of the sandbox.
 * The figure is round trips per second per core of sandbox CPU (from /proc) over the
 * bound; the wall-clock rate is printed too (on a shared 2-core machine it mostly
 * measures the neighbours).
 */
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { MerchantCredentials } from '@paymux/otgpay-sandbox';
import { drive, fmt, judge, median, type Row, SMOKE, size } from '../harness.js';
import { chargeWire, RUN } from '../support/fixtures.js';
import { rsaFloorCpuMs } from '../support/floor.js';
import { HandClient } from '../support/hand-written.js';
import {
  processCpuSeconds,
  type SandboxProcess,
  SOURCE_FLAGS,
} from '../support/sandbox-process.js';

const BARE_CHILD = fileURLToPath(new URL('../support/bare-server-child.ts', import.meta.url));

export async function sandboxThroughputBench(sandbox: SandboxProcess): Promise<Row[]> {
  const hand = new HandClient(sandbox.merchants.ID);
  const perRound = size(1500, 8);
  const rounds = size(5, 1);
  const bodies = await signedCreateBodies(hand, rounds, perRound, `s${RUN}`);
  const [warmUp] = (await signedCreateBodies(hand, 1, size(3000, 8), `w${RUN}`)) as [string[]];
  const bare = await startBareServer(sandbox.merchants.ID);
  const agent = new Agent({ keepAlive: true, maxSockets: 32 });
  const sides = [
    { url: sandbox.url, pid: sandbox.pid, rates: [] as number[], cpu: [] as number[] },
    { url: bare.url, pid: bare.pid, rates: [] as number[], cpu: [] as number[] },
  ] as const;
  try {
    // Not measured: the JIT keeps compiling for the first few thousand requests (a full
    // `pnpm bench` has warmed the sandbox with the create benchmarks; `--only=sandbox` has not).
    for (const side of sides) await postCreates(agent, side.url, warmUp);
    for (let r = 0; r < rounds; r++) {
      // the hand-written server answers the very same bodies (it keeps no state)
      for (const side of r % 2 === 0 ? sides : [...sides].reverse()) {
        const cpu0 = processCpuSeconds(side.pid);
        const t0 = performance.now();
        await postCreates(agent, side.url, bodies[r] as string[]);
        const seconds = (performance.now() - t0) / 1000;
        const cpu1 = processCpuSeconds(side.pid);
        side.rates.push(perRound / seconds);
        if (cpu0 !== undefined && cpu1 !== undefined)
          side.cpu.push(((cpu1 - cpu0) * 1000) / perRound);
      }
    }
  } finally {
    agent.destroy();
    bare.stop();
  }
  const floor = rsaFloorCpuMs(SMOKE ? 4 : 400, SMOKE ? 1 : 5);
  const bound = 1000 / floor;
  const cpu = median(sides[0].cpu);
  const bareCpu = median(sides[1].cpu);
  // Round trips per second of one core of sandbox CPU, over the bound: on a shared machine
  // the wall-clock rate mostly measures the neighbours, so it is printed as detail only.
  const ratio = floor / cpu;
  const rate = median(sides[0].rates);
  return [
    {
      figure:
        'sandbox create round trips/s vs its RSA bound (1 sign + 1 verify per request, one core)',
      detail: `sandbox CPU ${fmt(cpu, 3)} ms per request = ${fmt(1000 / cpu, 0)}/s per core vs bound ${fmt(bound, 0)}/s (floor ${fmt(floor, 3)} ms); hand-written node:http server (parse, verify, sign, answer; no validation or state) ${fmt(bareCpu, 3)} ms = ${fmt(floor / bareCpu)} of the bound; sandbox wall ${fmt(rate, 0)}/s (${fmt(rate / bound)} of the bound) on this machine`,
      value: `${fmt(ratio)}`,
      goal: '≥ 0.8',
      met: judge(ratio >= 0.8),
    },
  ];
}

/** `bench/support/bare-server-child.ts` in its own process, verifying with `merchant`'s key. */
async function startBareServer(
  merchant: MerchantCredentials,
): Promise<{ url: string; pid: number; stop(): void }> {
  const child = spawn(
    process.execPath,
    [
      ...SOURCE_FLAGS,
      BARE_CHILD,
      JSON.stringify({ merchantPublicKey: merchant.merchantPublicKey, apiKey: merchant.apiKey }),
    ],
    { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bare server exited (${code})`)));
    child.stdout?.once('data', (chunk: Buffer) => resolve(Number(chunk.toString('utf8').trim())));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid as number,
    stop: () => {
      child.removeAllListeners('exit');
      child.kill('SIGTERM');
    },
  };
}

/** Pre-signed create bodies, `rounds` × `perRound`, order ids `<prefix>-<round>-<i>`. */
export async function signedCreateBodies(
  hand: HandClient,
  rounds: number,
  perRound: number,
  prefix: string,
): Promise<string[][]> {
  const bodies: string[][] = [];
  for (let r = 0; r < rounds; r++) {
    const round: string[] = [];
    for (let i = 0; i < perRound; i++) {
      const params = { appId: hand.credentials.appId, ...chargeWire(`${prefix}-${r}-${i}`) };
      round.push(JSON.stringify(hand.signed(params)));
      // Yield now and then so idle keep-alive sockets still expire.
      if (i % 100 === 99) await new Promise((resolve) => setImmediate(resolve));
    }
    bodies.push(round);
  }
  return bodies;
}

/** POSTs every body to `/api/payment/create`, 32 in flight; throws on any refusal. */
export async function postCreates(agent: Agent, url: string, bodies: string[]): Promise<void> {
  await drive(
    async (i) => {
      const text = await post(agent, `${url}/api/payment/create`, bodies[i] as string);
      if (!text.startsWith('{"status":"1"')) throw new Error(`sandbox refused: ${text}`);
    },
    bodies.length,
    32,
  );
}

function post(agent: Agent, url: string, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve(text));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
