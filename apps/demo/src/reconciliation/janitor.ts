import { MARKETS } from '../config/countries.js';
import type { DemoContext } from '../context.js';
import { marketDay, reconcileMarket } from './run-reconcile.js';

export interface JanitorRun {
  readonly at: string;
  readonly repaired: number;
  readonly errors: readonly string[];
}

/**
 * The scheduled janitor: every `intervalMs`, reconciles yesterday and today of every market
 * with `repair: true`, so an order whose callback was lost reaches its final state without
 * anyone looking. One run at a time; 0 turns it off.
 */
export class Janitor {
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<JanitorRun> | undefined;
  last: JanitorRun | undefined;

  constructor(
    private readonly ctx: DemoContext,
    readonly intervalMs: number,
  ) {}

  start(): void {
    if (this.intervalMs <= 0 || this.#timer) return;
    this.#timer = setInterval(() => void this.run(), this.intervalMs);
    this.#timer.unref();
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /** Runs now (or joins the run in progress). */
  run(): Promise<JanitorRun> {
    this.#running ??= this.#runOnce().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  async #runOnce(): Promise<JanitorRun> {
    let repaired = 0;
    const errors: string[] = [];
    for (const market of MARKETS) {
      for (const day of [marketDay(this.ctx, market, -1), marketDay(this.ctx, market)]) {
        try {
          repaired += (await reconcileMarket(this.ctx, market, day, true)).repaired;
        } catch (error) {
          errors.push(`${market.code} ${day}: ${(error as Error).message}`);
        }
      }
    }
    const run = { at: new Date().toISOString(), repaired, errors };
    this.last = run;
    this.ctx.activity.add(
      errors.length > 0 ? 'error' : 'event',
      `janitor: ${repaired} order(s) repaired${errors.length > 0 ? `; ${errors.join('; ')}` : ''}`,
    );
    return run;
  }
}
