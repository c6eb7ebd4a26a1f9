/**
 * A CPU profile of the sandbox process under the load of `pnpm bench --only=sandbox`
 * (pre-signed creates, 32 in flight, keep-alive): samples grouped by area and by function,
 * self and inclusive. Not a benchmark (no baseline): it explains where the sandbox's CPU per
 * request goes beyond its one RSA sign + one verify.
 * Run: node --conditions=@paymux/source --import tsx bench/profile-sandbox.ts [requests] [--out=file.cpuprofile]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { postCreates, signedCreateBodies } from './cases/sandbox-throughput.js';
import { RUN } from './support/fixtures.js';
import { HandClient } from './support/hand-written.js';
import { startSandboxProcess } from './support/sandbox-process.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const requests = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 6000);
const sandbox = await startSandboxProcess();
const hand = new HandClient(sandbox.merchants.ID);
// warm-up as long as the measured part: the JIT keeps compiling for thousands of requests
const [warm, measured] = (await signedCreateBodies(hand, 2, requests, `p${RUN}`)) as [
  string[],
  string[],
];
const agent = new Agent({ keepAlive: true, maxSockets: 32 });
await postCreates(agent, sandbox.url, warm);
// user and system CPU of the whole process, without then with the profiler
const half = measured.length / 2;
const t0 = userSystem(sandbox.pid);
await postCreates(agent, sandbox.url, measured.slice(0, half));
const t1 = userSystem(sandbox.pid);
await sandbox.startProfile(100);
await postCreates(agent, sandbox.url, measured.slice(half));
const t2 = userSystem(sandbox.pid);
const profile = (await sandbox.stopProfile()) as Profile;
agent.destroy();
await sandbox.stop();
const out = process.argv.find((a) => a.startsWith('--out='))?.slice('--out='.length);
if (out) writeFileSync(out, JSON.stringify(profile));

/** utime and stime (clock ticks, 1/100 s) of a process from /proc/<pid>/stat. */
function userSystem(pid: number): number[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return [Number(fields[11]), Number(fields[12])];
}

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const selfTime = new Map<number, number>();
for (const [i, id] of profile.samples.entries())
  selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));

const short = (url: string) =>
  url.includes('otgpay-sandbox/src/')
    ? `sandbox/${url.split('otgpay-sandbox/src/')[1]}`
    : url.includes('otgpay-signing/src/')
      ? `signing/${url.split('otgpay-signing/src/')[1]}`
      : url.startsWith('node:')
        ? url
        : url === ''
          ? '(native)'
          : (url.split('node_modules/').pop() ?? url);
const area = (n: ProfileNode) => {
  const { url, functionName } = n.callFrame;
  if (functionName === '(garbage collector)') return '(gc)';
  if (functionName === '(program)' || functionName === '(idle)') return functionName;
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  return short(url);
};

let busy = 0;
const byArea = new Map<string, number>();
const byFn = new Map<string, number>();
const inclusive = new Map<string, number>();
for (const [id, t] of selfTime) {
  const n = nodes.get(id) as ProfileNode;
  if (n.callFrame.functionName === '(idle)') continue;
  busy += t;
  const a = area(n);
  byArea.set(a, (byArea.get(a) ?? 0) + t);
  const fn = `${n.callFrame.functionName || '(anonymous)'} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  byFn.set(fn, (byFn.get(fn) ?? 0) + t);
  // inclusive: every distinct function on the stack of this sample
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const f = nodes.get(cur) as ProfileNode;
    const key = `${f.callFrame.functionName || '(anonymous)'} ${short(f.callFrame.url)}:${f.callFrame.lineNumber + 1}`;
    if (seen.has(key)) continue;
    seen.add(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + t);
  }
}
const pct = (t: number) => `${((100 * t) / busy).toFixed(1).padStart(5)} %`;
const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
const perRequest = (a: number[], b: number[], i: number) =>
  (((b[i] as number) - (a[i] as number)) * 10) / half;
console.log(
  `sandbox CPU per request: ${(perRequest(t0, t1, 0) + perRequest(t0, t1, 1)).toFixed(3)} ms (user ${perRequest(t0, t1, 0).toFixed(3)}, system ${perRequest(t0, t1, 1).toFixed(3)}) without the profiler, ${(perRequest(t1, t2, 0) + perRequest(t1, t2, 1)).toFixed(3)} ms with it; ${half} creates each, 32 in flight`,
);
console.log('shares of non-idle main-thread samples (profiled half):');
console.log('--- self time by area ---');
for (const [k, t] of top(byArea, 20)) console.log(pct(t), k);
console.log('--- self time by function ---');
for (const [k, t] of top(byFn, 35)) console.log(pct(t), k);
console.log('--- inclusive time by function ---');
for (const [k, t] of top(inclusive, 45)) console.log(pct(t), k);
