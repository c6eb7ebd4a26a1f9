/**
 * Rows 6–7: cold import of the built packages (what a serverless function pays on every
 * cold start) over a bare `node` start. Each sample is a fresh process; the candidate and
 * the bare process alternate; the figure is the difference of their median wall times.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fmt, judge, median, type Row, size } from '../harness.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function runMs(code: string): number {
  const t0 = performance.now();
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  const ms = performance.now() - t0;
  if (result.status !== 0) throw new Error(`cold import failed: ${result.stderr.toString()}`);
  return ms;
}

function coldImport(specifiers: readonly string[], rounds: number): { over: number; bare: number } {
  const code = specifiers.map((s) => `await import(${JSON.stringify(s)});`).join('');
  const cand: number[] = [];
  const bare: number[] = [];
  runMs(code); // warm the file system cache
  for (let r = 0; r < rounds; r++) {
    cand.push(runMs(code));
    bare.push(runMs(''));
  }
  return { over: median(cand) - median(bare), bare: median(bare) };
}

export async function coldImportBench(): Promise<Row[]> {
  for (const pkg of ['core', 'otgpay', 'otgpay-id', 'otgpay-signing']) {
    if (!existsSync(`${ROOT}packages/${pkg}/dist/index.js`)) {
      throw new Error(`packages/${pkg}/dist is missing: run \`pnpm build\` before \`pnpm bench\``);
    }
  }
  const rounds = size(21, 1);
  const core = coldImport(['@paymux/core'], rounds);
  const otgpay = coldImport(['@paymux/otgpay', '@paymux/otgpay-id'], rounds);
  return [
    {
      figure: "cold import('@paymux/core') over bare node",
      detail: `bare node ${fmt(core.bare, 0)} ms`,
      value: `${fmt(core.over, 0)} ms`,
      goal: '≤ 50 ms',
      met: judge(core.over <= 50),
    },
    {
      figure: 'cold import of @paymux/otgpay + @paymux/otgpay-id over bare node',
      detail: `bare node ${fmt(otgpay.bare, 0)} ms`,
      value: `${fmt(otgpay.over, 0)} ms`,
      goal: '≤ 100 ms',
      met: judge(otgpay.over <= 100),
    },
  ];
}
