/**
 * The benchmark harness. A benchmark measures a candidate (paymux) and a baseline (what a
 * competent integrator would write by hand) in the same run, in interleaved rounds, and
 * reports the ratio of their medians: figures from one run on one machine are comparable
 * with each other, never with another machine's. No timing is ever asserted; `--smoke`
 * only checks that every benchmark runs.
 */

// biome-ignore lint/suspicious/noUndeclaredEnvVars: a benchmark switch, not an input of a turbo task
export const SMOKE = process.argv.includes('--smoke') || process.env['BENCH_SMOKE'] === '1';

/** `n` in a full run, `smoke` (default 1) in smoke mode. */
export function size(n: number, smoke = 1): number {
  return SMOKE ? smoke : n;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Wall and CPU (user + system, all threads of this process) of one measured span. */
export interface Span {
  readonly wallMs: number;
  readonly cpuMs: number;
}

export async function measure(run: () => Promise<unknown> | unknown): Promise<Span> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await run();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/** Runs `ops` calls of `fn` with at most `concurrency` in flight. */
export async function drive(
  fn: (i: number) => Promise<unknown> | unknown,
  ops: number,
  concurrency = 1,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < ops) {
      const i = next++;
      await fn(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, ops) }, worker));
}

export interface Side {
  readonly label: string;
  readonly fn: (i: number) => Promise<unknown> | unknown;
}

export interface Pair {
  readonly candidate: { readonly opsPerSec: number; readonly cpuMsPerOp: number };
  readonly baseline: { readonly opsPerSec: number; readonly cpuMsPerOp: number };
  /** candidate / baseline throughput (medians of the rounds): above 1, paymux is faster. */
  readonly ratio: number;
}

/**
 * Warm both sides, then `rounds` rounds of `ops` calls each, alternating which side goes
 * first, so that drift of the (shared) machine hits both alike. Medians of the rounds.
 */
export async function comparePair(
  candidate: Side,
  baseline: Side,
  options: { ops: number; rounds?: number; concurrency?: number; warmup?: number },
): Promise<Pair> {
  const rounds = SMOKE ? 1 : (options.rounds ?? 9);
  const ops = SMOKE ? Math.min(options.ops, 4) : options.ops;
  const concurrency = options.concurrency ?? 1;
  const warmup = SMOKE ? 1 : (options.warmup ?? Math.max(1, Math.floor(ops / 4)));
  await drive(candidate.fn, warmup, concurrency);
  await drive(baseline.fn, warmup, concurrency);
  const spans: Record<'c' | 'b', Span[]> = { c: [], b: [] };
  for (let r = 0; r < rounds; r++) {
    const order: Array<['c' | 'b', Side]> =
      r % 2 === 0
        ? [
            ['c', candidate],
            ['b', baseline],
          ]
        : [
            ['b', baseline],
            ['c', candidate],
          ];
    for (const [key, side] of order) {
      spans[key].push(await measure(() => drive(side.fn, ops, concurrency)));
    }
  }
  const summary = (list: Span[]) => ({
    opsPerSec: (ops * 1000) / median(list.map((s) => s.wallMs)),
    cpuMsPerOp: median(list.map((s) => s.cpuMs)) / ops,
  });
  const c = summary(spans.c);
  const b = summary(spans.b);
  return { candidate: c, baseline: b, ratio: c.opsPerSec / b.opsPerSec };
}

/** One line of the results table: a figure of issue 12 next to its goal. */
export interface Row {
  readonly figure: string;
  /** What was measured, e.g. `paymux 812 ops/s, fetch 840 ops/s`. */
  readonly detail: string;
  /** The headline figure, formatted (`0.97×`, `38 ms`, `131 MB`). */
  readonly value: string;
  readonly goal: string;
  /** Whether the goal is met; undefined in smoke mode (nothing is judged). */
  readonly met?: boolean;
}

export function fmt(value: number, digits = 2): string {
  return Number.isFinite(value) ? value.toFixed(digits) : String(value);
}

export function judge(met: boolean): boolean | undefined {
  return SMOKE ? undefined : met;
}
