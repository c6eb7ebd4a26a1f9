/**
 * `pnpm bench`: every figure of issue 12, each against a baseline measured in the same run
 * (see BENCHMARKS.md). `pnpm bench --smoke` (or BENCH_SMOKE=1) runs every benchmark with
 * tiny sizes to check that they run; it judges nothing. `--only=<name>[,<name>]` runs some:
 * sign, callback, create, cold-import, sandbox, batch.
 */
import os from 'node:os';
import { callbackBench } from './cases/callback.js';
import { coldImportBench } from './cases/cold-import.js';
import { createBench } from './cases/create.js';
import { payoutBatchBench } from './cases/payout-batch.js';
import { sandboxThroughputBench } from './cases/sandbox-throughput.js';
import { signBench } from './cases/sign.js';
import { type Row, SMOKE } from './harness.js';
import { type SandboxProcess, startSandboxProcess } from './support/sandbox-process.js';

type Case = (sandbox: SandboxProcess) => Promise<Row[]>;

const CASES: ReadonlyArray<readonly [string, Case]> = [
  ['sign', () => signBench()],
  ['callback', callbackBench],
  ['create', createBench],
  ['cold-import', () => coldImportBench()],
  ['sandbox', sandboxThroughputBench],
  ['batch', payoutBatchBench],
];

const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const markdown = process.argv.includes('--markdown');

console.log(
  `paymux bench${SMOKE ? ' (smoke: checks that every benchmark runs, judges nothing)' : ''}: node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${os.platform()} ${os.arch()}`,
);
const sandbox = await startSandboxProcess();
const rows: Row[] = [];
try {
  for (const [name, run] of CASES) {
    if (only && !only.includes(name)) continue;
    const t0 = performance.now();
    const got = await run(sandbox);
    for (const row of got) {
      const verdict = row.met === undefined ? '' : row.met ? '  met' : '  NOT MET';
      console.log(`${row.figure}: ${row.value} (goal ${row.goal})${verdict}\n    ${row.detail}`);
    }
    console.log(`  [${name}: ${((performance.now() - t0) / 1000).toFixed(1)} s]`);
    rows.push(...got);
  }
} finally {
  await sandbox.stop();
}

if (markdown) {
  console.log('\n| figure | measured | goal | met | detail |\n|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.figure} | ${r.value} | ${r.goal} | ${r.met === undefined ? '–' : r.met ? 'yes' : 'no'} | ${r.detail} |`,
    );
  }
}
if (SMOKE) console.log(`\nbench smoke: ${rows.length} figures measured, every benchmark ran`);
