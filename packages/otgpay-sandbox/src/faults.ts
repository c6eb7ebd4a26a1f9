/** Fault injection for the OTGPAY endpoints (control API `/__sandbox/faults`). */

export interface FaultConfig {
  /** Delay before each matching request is processed. */
  latencyMs?: number;
  /** Probability 0..1 that a matching request is refused with 1004 before processing. */
  busyRate?: number;
  /** The next N matching writes commit, then answer 1003. */
  commitThen1003?: number;
  /** The next N matching writes commit, then the socket is destroyed without an answer. */
  dropAfterCommit?: number;
  /** Every callback is delivered twice. */
  duplicateCallbacks?: boolean;
  /** Callbacks are held briefly and delivered newest first. */
  reorderCallbacks?: boolean;
  /** Restrict request faults to these paths (`/api/payment/create` or `/api/payment/{id}`). */
  paths?: string[];
}

export type AfterCommit = 'respond' | '1003' | 'drop';

export class Faults {
  #config: FaultConfig = {};
  readonly #random: () => number;

  constructor(random: () => number) {
    this.#random = random;
  }

  get(): FaultConfig {
    return { ...this.#config };
  }

  set(config: FaultConfig): FaultConfig {
    this.#config = { ...this.#config, ...sanitize(config) };
    return this.get();
  }

  clear(): void {
    this.#config = {};
  }

  #applies(path: string, template: string): boolean {
    const paths = this.#config.paths;
    return !paths || paths.length === 0 || paths.includes(path) || paths.includes(template);
  }

  latency(path: string, template: string): number {
    return this.#applies(path, template) ? (this.#config.latencyMs ?? 0) : 0;
  }

  busy(path: string, template: string): boolean {
    const rate = this.#config.busyRate ?? 0;
    return rate > 0 && this.#applies(path, template) && this.#random() < rate;
  }

  /** Decides (and consumes) what happens after a write committed. */
  afterCommit(path: string, template: string): AfterCommit {
    if (!this.#applies(path, template)) return 'respond';
    if ((this.#config.dropAfterCommit ?? 0) > 0) {
      this.#config.dropAfterCommit = (this.#config.dropAfterCommit ?? 1) - 1;
      return 'drop';
    }
    if ((this.#config.commitThen1003 ?? 0) > 0) {
      this.#config.commitThen1003 = (this.#config.commitThen1003 ?? 1) - 1;
      return '1003';
    }
    return 'respond';
  }

  get duplicateCallbacks(): boolean {
    return this.#config.duplicateCallbacks === true;
  }

  get reorderCallbacks(): boolean {
    return this.#config.reorderCallbacks === true;
  }
}

function count(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : undefined;
}

/** Keeps only well-typed fields of an untrusted config. */
export function sanitize(input: unknown): FaultConfig {
  if (input === null || typeof input !== 'object') throw new TypeError('faults must be an object');
  const o = input as Record<string, unknown>;
  const out: FaultConfig = {};
  const latency = count(o['latencyMs']);
  if (latency !== undefined) out.latencyMs = Math.min(latency, 120_000);
  if (typeof o['busyRate'] === 'number' && o['busyRate'] >= 0 && o['busyRate'] <= 1) {
    out.busyRate = o['busyRate'];
  }
  const c1003 = count(o['commitThen1003']);
  if (c1003 !== undefined) out.commitThen1003 = c1003;
  const drop = count(o['dropAfterCommit']);
  if (drop !== undefined) out.dropAfterCommit = drop;
  if (typeof o['duplicateCallbacks'] === 'boolean')
    out.duplicateCallbacks = o['duplicateCallbacks'];
  if (typeof o['reorderCallbacks'] === 'boolean') out.reorderCallbacks = o['reorderCallbacks'];
  if (Array.isArray(o['paths']) && o['paths'].every((p) => typeof p === 'string')) {
    out.paths = o['paths'] as string[];
  }
  return out;
}
