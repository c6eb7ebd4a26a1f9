/**
 * Row 8: a 100,000-item payout batch through paymux vs a hand-written batch client (chunk
 * of 500, sign, POST, 4 in flight) on the same sandbox. Each run is a fresh process so
 * its peak RSS is its own (plain `node` on the built packages, no TypeScript loader);
 * runs alternate; medians.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { fmt, judge, median, type Row, size } from '../harness.js';
import { bundleForNode } from '../support/bundle.js';
import { RUN } from '../support/fixtures.js';
import type { SandboxProcess } from '../support/sandbox-process.js';

const CHILD = fileURLToPath(new URL('../support/batch-child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface BatchRun {
  readonly wallMs: number;
  readonly peakRssMb: number;
  readonly ok: number;
}

function runChild(
  script: string,
  mode: 'paymux' | 'hand',
  items: number,
  reference: string,
  sandbox: SandboxProcess,
) {
  const { appId, apiKey, merchantPrivateKey, platformPublicKey, baseUrl } = sandbox.merchants.ID;
  return new Promise<BatchRun>((resolve, reject) => {
    const job = {
      items,
      reference,
      merchant: { appId, apiKey, merchantPrivateKey, platformPublicKey, baseUrl },
    };
    const child = spawn(process.execPath, [script, mode, JSON.stringify(job)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`batch ${mode} exited ${code}`));
      const run = JSON.parse(out.trim().split('\n').pop() ?? '{}') as BatchRun;
      if (run.ok !== items)
        return reject(new Error(`batch ${mode}: ${run.ok} of ${items} accepted`));
      resolve(run);
    });
  });
}

export async function payoutBatchBench(sandbox: SandboxProcess): Promise<Row[]> {
  const items = size(100_000, 1_000);
  const rounds = size(3, 1);
  const script = await bundleForNode(CHILD);
  await sandbox.control('fund', { country: 'ID', amount: '100000000000' });
  const cand: BatchRun[] = [];
  const base: BatchRun[] = [];
  for (let r = 0; r < rounds; r++) {
    base.push(await runChild(script, 'hand', items, `bh${RUN}${r}`, sandbox));
    cand.push(await runChild(script, 'paymux', items, `bp${RUN}${r}`, sandbox));
  }
  const wall = median(cand.map((c) => c.wallMs));
  const handWall = median(base.map((c) => c.wallMs));
  const rss = Math.max(...cand.map((c) => c.peakRssMb));
  const handRss = Math.max(...base.map((c) => c.peakRssMb));
  const ratio = wall / handWall;
  return [
    {
      figure: `${items.toLocaleString('en')}-item payout batch: peak RSS`,
      detail: `hand-written client ${fmt(handRss, 0)} MB`,
      value: `${fmt(rss, 0)} MB`,
      goal: '≤ 150 MB',
      met: judge(rss <= 150),
    },
    {
      figure: `${items.toLocaleString('en')}-item payout batch: wall time vs hand-written batch client`,
      detail: `paymux ${fmt(wall / 1000, 1)} s, hand-written ${fmt(handWall / 1000, 1)} s`,
      value: `${fmt(ratio)}×`,
      goal: '≤ 1.2×',
      met: judge(ratio <= 1.2),
    },
  ];
}
