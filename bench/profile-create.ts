import { createPaymux } from '@paymux/core';
import { otgpay } from '@paymux/otgpay';
import { indonesia } from '@paymux/otgpay-id';
/**
 * A CPU profile of the client: 800 `charges.create` at concurrency 16 against the sandbox
 * (its own process), main-thread samples grouped by area. Not a benchmark (no baseline):
 * it explains where the time of `pnpm bench --only=create` goes.
 * Run: node --conditions=@paymux/source --import tsx bench/profile-create.ts
 */
import { drive } from './harness.js';
import { chargeInput, NOTIFY_URL, RUN } from './support/fixtures.js';
import { startSandboxProcess } from './support/sandbox-process.js';

const sandbox = await startSandboxProcess();
const m = sandbox.merchants.ID;
const paymux = createPaymux({
  providers: [
    otgpay({
      country: indonesia(),
      appId: m.appId,
      apiKey: m.apiKey,
      merchantPrivateKey: m.merchantPrivateKey,
      platformPublicKey: m.platformPublicKey,
      baseUrl: m.baseUrl,
      notifyUrl: NOTIFY_URL,
    }),
  ],
});
let n = 0;
await drive(() => paymux.charges.create(chargeInput(`p${RUN}-${++n}`)), 100, 16);
const { Session } = await import('node:inspector/promises');
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const cpu0 = process.cpuUsage();
await drive(() => paymux.charges.create(chargeInput(`p${RUN}-${++n}`)), 800, 16);
const cpu = process.cpuUsage(cpu0);
const { profile } = await session.post('Profiler.stop');
await sandbox.stop();
console.log('cpu ms/op', ((cpu.user + cpu.system) / 1000 / 800).toFixed(3));
// self time by category
const total = new Map<string, number>();
const byFn = new Map<string, number>();
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const dt = profile.timeDeltas ?? [];
const counts = new Map<number, number>();
for (const [i, id] of (profile.samples ?? []).entries()) {
  counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0));
}
let all = 0;
for (const [id, t] of counts) {
  const node = nodes.get(id);
  if (!node) continue;
  const { url, functionName } = node.callFrame;
  const cat = url.includes('packages/core')
    ? 'core'
    : url.includes('packages/otgpay-signing')
      ? 'signing'
      : url.includes('packages/otgpay/')
        ? 'otgpay'
        : url.includes('packages/otgpay-id')
          ? 'otgpay-id'
          : url.startsWith('node:')
            ? `node:${url.slice(5).split('/')[0]}`
            : functionName === '(idle)'
              ? '(idle)'
              : functionName === '(garbage collector)'
                ? '(gc)'
                : functionName === '(program)'
                  ? '(program)'
                  : url === ''
                    ? `(native) ${functionName}`
                    : url.includes('node_modules')
                      ? (url.split('node_modules/').pop() ?? url).split('/').slice(0, 2).join('/')
                      : url;
  total.set(cat, (total.get(cat) ?? 0) + t);
  const key = `${cat} ${functionName}`;
  byFn.set(key, (byFn.get(key) ?? 0) + t);
  if (functionName !== '(idle)') all += t;
}
const pct = (t: number) => ((100 * t) / all).toFixed(1).padStart(5);
console.log('--- by area (excluding idle) ---');
for (const [k, t] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 25))
  if (k !== '(idle)') console.log(pct(t), k);
console.log('--- top functions ---');
for (const [k, t] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 30))
  if (!k.includes('(idle)')) console.log(pct(t), k);
