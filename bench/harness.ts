/**
 * A tiny benchmark harness. Every benchmark runs a candidate and a baseline in the same
 * process, interleaved, and prints the ratio: figures from one run on one machine are
 * comparable with each other, never with another machine's.
 */
export interface BenchCase {
  readonly name: string;
  readonly candidate: { readonly label: string; readonly fn: () => unknown | Promise<unknown> };
  readonly baseline: { readonly label: string; readonly fn: () => unknown | Promise<unknown> };
  /** Operations per measured round. */
  readonly ops: number;
  readonly rounds?: number;
}

export interface BenchResult {
  readonly name: string;
  readonly candidateOpsPerSec: number;
  readonly baselineOpsPerSec: number;
  /** candidate / baseline throughput: above 1 means the candidate is faster. */
  readonly ratio: number;
}

async function round(fn: () => unknown | Promise<unknown>, ops: number): Promise<number> {
  const start = process.hrtime.bigint();
  for (let i = 0; i < ops; i++) await fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export async function runCase(c: BenchCase): Promise<BenchResult> {
  const rounds = c.rounds ?? 7;
  await round(c.candidate.fn, Math.max(1, Math.floor(c.ops / 10)));
  await round(c.baseline.fn, Math.max(1, Math.floor(c.ops / 10)));
  const cand: number[] = [];
  const base: number[] = [];
  for (let r = 0; r < rounds; r++) {
    cand.push(await round(c.candidate.fn, c.ops));
    base.push(await round(c.baseline.fn, c.ops));
  }
  const candidateOpsPerSec = c.ops / median(cand);
  const baselineOpsPerSec = c.ops / median(base);
  return {
    name: c.name,
    candidateOpsPerSec,
    baselineOpsPerSec,
    ratio: candidateOpsPerSec / baselineOpsPerSec,
  };
}

export function report(results: readonly BenchResult[], labels: Map<string, [string, string]>) {
  const rows = results.map((r) => {
    const [cand, base] = labels.get(r.name) ?? ['candidate', 'baseline'];
    return {
      benchmark: r.name,
      candidate: `${cand}: ${Math.round(r.candidateOpsPerSec).toLocaleString('en')} ops/s`,
      baseline: `${base}: ${Math.round(r.baselineOpsPerSec).toLocaleString('en')} ops/s`,
      ratio: `${r.ratio.toFixed(2)}x`,
    };
  });
  console.table(rows);
}
