/** Fault injection for the OTGPAY endpoints (control API `/__sandbox/faults`). */

/**
 * What a write answers after it committed:
 * - `respond`: the signed success;
 * - `1003`: `{"status":"0","error":"1003"}` — documented as "outcome unknown";
 * - `drop`: the socket is destroyed without an answer;
 * - `unrecognised`: an envelope no documented rule covers (`status` `"0"` with an unknown
 *   code, a `status` other than `"0"`/`"1"`, or a body that is not JSON);
 * - `refusal`: an unsigned refusal that looks definite (`1002 Illegal Param: amount`) although
 *   the order exists — the envelope is not signed, so anything on the path can say this;
 * - `tampered`: the success envelope with `data.status` changed after signing (the signature
 *   no longer verifies), or the envelope's own `status` turned to `"0"`.
 */
export type AfterCommit = 'respond' | '1003' | 'drop' | 'unrecognised' | 'refusal' | 'tampered';

/** The after-commit faults that can be injected, by count or by rate. */
export const AFTER_COMMIT_FAULTS = ['1003', 'drop', 'unrecognised', 'refusal', 'tampered'] as const;
/**
 * A fault injected after a write committed (see {@link FaultConfig.afterCommitRates}):
 * `1003`, `drop`, `unrecognised`, `refusal` or `tampered`. Each leaves an order at the
 * gateway that the client cannot prove from the answer: the SDK must query before deciding.
 */
export type AfterCommitFault = (typeof AFTER_COMMIT_FAULTS)[number];

/** One byte of a response body to flip: `body[offset] ^= mask` (mask 1–255, default 1). */
export interface ByteFlip {
  /** Byte offset in the response body; past the end, nothing is flipped. */
  offset: number;
  /** XOR mask, 1–255 (default 1: the lowest bit). */
  mask?: number;
}

/**
 * Faults the sandbox injects into its OTGPAY endpoints, set with
 * {@link SandboxControl.setFaults} or `POST /__sandbox/faults` (merged into the current
 * configuration). Every field is optional. Writes are `POST /api/payment/create`,
 * `/api/payment/{id}/refund`, `/api/payout/submit` and `/api/payout/batch`; after-commit
 * counters decrement only when a write actually committed. Randomness comes from the
 * sandbox `seed`, so a run is reproducible.
 *
 * @example
 * ```ts
 * sandbox.control.setFaults({ busyRate: 0.2, latencyMs: 50 }); // flaky, slow gateway
 * sandbox.control.setFaults({ dropAfterCommit: 1, paths: ['/api/payment/create'] });
 * sandbox.control.clearFaults();
 * ```
 */
export interface FaultConfig {
  /** Delay before each matching request is processed. */
  latencyMs?: number;
  /** Probability 0..1 that a matching request is refused with 1004 before processing. */
  busyRate?: number;
  /** The next N matching writes commit, then answer 1003. */
  commitThen1003?: number;
  /** The next N matching writes commit, then the socket is destroyed without an answer. */
  dropAfterCommit?: number;
  /** The next N matching writes commit, then answer an unrecognised envelope. */
  unrecognisedAfterCommit?: number;
  /** The next N matching writes commit, then answer an unsigned `1002` refusal. */
  refusalAfterCommit?: number;
  /** The next N matching writes commit, then answer a tampered success. */
  tamperedAfterCommit?: number;
  /**
   * Probability 0..1 of each after-commit fault for every matching write (drawn once per
   * write; the rates are summed, so keep the sum ≤ 1). Counts above are consumed first.
   */
  afterCommitRates?: Partial<Record<AfterCommitFault, number>>;
  /** Each matching response (any endpoint) takes the next flip of this queue. */
  flipResponseBytes?: ByteFlip[];
  /** Every callback is delivered twice. */
  duplicateCallbacks?: boolean;
  /** Callbacks are held briefly and delivered newest first. */
  reorderCallbacks?: boolean;
  /** Restrict request faults to these paths (`/api/payment/create` or `/api/payment/{id}`). */
  paths?: string[];
}

/** How many faults of each kind were injected since the last reset. */
export type InjectedCounts = Record<'busy' | AfterCommitFault | 'flip', number>;

const COUNT_KEYS: Record<AfterCommitFault, keyof FaultConfig> = {
  '1003': 'commitThen1003',
  drop: 'dropAfterCommit',
  unrecognised: 'unrecognisedAfterCommit',
  refusal: 'refusalAfterCommit',
  tampered: 'tamperedAfterCommit',
};

function zeroCounts(): InjectedCounts {
  return { busy: 0, '1003': 0, drop: 0, unrecognised: 0, refusal: 0, tampered: 0, flip: 0 };
}

export class Faults {
  #config: FaultConfig = {};
  #injected: InjectedCounts = zeroCounts();
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
    this.#injected = zeroCounts();
  }

  /** Faults injected since the last `clear`, by kind. */
  injected(): InjectedCounts {
    return { ...this.#injected };
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
    const hit = rate > 0 && this.#applies(path, template) && this.#random() < rate;
    if (hit) this.#injected.busy += 1;
    return hit;
  }

  /** Decides (and consumes) what happens after a write committed. */
  afterCommit(path: string, template: string): AfterCommit {
    if (!this.#applies(path, template)) return 'respond';
    for (const kind of AFTER_COMMIT_FAULTS) {
      const key = COUNT_KEYS[kind];
      const left = (this.#config[key] as number | undefined) ?? 0;
      if (left > 0) {
        (this.#config[key] as number) = left - 1;
        this.#injected[kind] += 1;
        return kind;
      }
    }
    const rates = this.#config.afterCommitRates;
    if (rates) {
      let draw = this.#random();
      for (const kind of AFTER_COMMIT_FAULTS) {
        const rate = rates[kind] ?? 0;
        if (draw < rate) {
          this.#injected[kind] += 1;
          return kind;
        }
        draw -= rate;
      }
    }
    return 'respond';
  }

  /** A random number in [0, 1) from the fault PRNG (to vary the shape of a fault). */
  draw(): number {
    return this.#random();
  }

  /** The next byte flip for a matching response, if one is queued. */
  nextFlip(path: string, template: string): ByteFlip | undefined {
    const queue = this.#config.flipResponseBytes;
    if (!queue || queue.length === 0 || !this.#applies(path, template)) return undefined;
    const flip = queue.shift();
    if (flip) this.#injected.flip += 1;
    return flip;
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

function probability(v: unknown): number | undefined {
  return typeof v === 'number' && v >= 0 && v <= 1 ? v : undefined;
}

function flips(v: unknown): ByteFlip[] | undefined {
  if (!Array.isArray(v) || v.length > 100_000) return undefined;
  const out: ByteFlip[] = [];
  for (const item of v) {
    if (item === null || typeof item !== 'object') return undefined;
    const { offset, mask } = item as Record<string, unknown>;
    const at = count(offset);
    if (at === undefined) return undefined;
    const m = mask === undefined ? 1 : count(mask);
    if (m === undefined || m < 1 || m > 255) return undefined;
    out.push({ offset: at, mask: m });
  }
  return out;
}

/** Keeps only well-typed fields of an untrusted config. */
export function sanitize(input: unknown): FaultConfig {
  if (input === null || typeof input !== 'object') throw new TypeError('faults must be an object');
  const o = input as Record<string, unknown>;
  const out: FaultConfig = {};
  const latency = count(o['latencyMs']);
  if (latency !== undefined) out.latencyMs = Math.min(latency, 120_000);
  const busy = probability(o['busyRate']);
  if (busy !== undefined) out.busyRate = busy;
  for (const kind of AFTER_COMMIT_FAULTS) {
    const key = COUNT_KEYS[kind];
    const n = count(o[key]);
    if (n !== undefined) (out[key] as number) = n;
  }
  const rates = o['afterCommitRates'];
  if (rates !== null && typeof rates === 'object') {
    const clean: Partial<Record<AfterCommitFault, number>> = {};
    for (const kind of AFTER_COMMIT_FAULTS) {
      const rate = probability((rates as Record<string, unknown>)[kind]);
      if (rate !== undefined) clean[kind] = rate;
    }
    out.afterCommitRates = clean;
  }
  const queue = flips(o['flipResponseBytes']);
  if (queue !== undefined) out.flipResponseBytes = queue;
  if (typeof o['duplicateCallbacks'] === 'boolean')
    out.duplicateCallbacks = o['duplicateCallbacks'];
  if (typeof o['reorderCallbacks'] === 'boolean') out.reorderCallbacks = o['reorderCallbacks'];
  if (Array.isArray(o['paths']) && o['paths'].every((p) => typeof p === 'string')) {
    out.paths = o['paths'] as string[];
  }
  return out;
}
