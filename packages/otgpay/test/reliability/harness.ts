import { inspect } from 'node:util';
import {
  type CreateChargeInput,
  type CreatePayoutInput,
  createPaymux,
  MemoryStore,
  type Paymux,
  PaymuxError,
  type PaymuxOptions,
} from '@paymux/core';
import type { Sandbox, SandboxOptions } from '@paymux/otgpay-sandbox';
import { type OtgpayFetch, type OtgpayProvider, otgpay } from '../../src/index.js';
import { startTestSandbox } from '../fixtures/sandbox-provider.js';
import { testCountry } from '../fixtures/test-country.js';

/** Fast backoff: the suite measures correctness, not waiting. */
export const FAST_RETRY = { maxAttempts: 4, baseDelayMs: 2, maxDelayMs: 25 } as const;

export async function sandbox(seed: string, options: SandboxOptions = {}): Promise<Sandbox> {
  return startTestSandbox({ seed, ...options });
}

/** Every signed body that crossed the wire, to prove none of it leaks (see the scan). */
export class WireTap {
  readonly signatures = new Set<string>();
  readonly fetch: OtgpayFetch = async (request) => {
    const sent = await request.clone().text();
    const url = new URL(request.url);
    this.#collect(sent);
    this.#add(url.searchParams.get('sign'));
    const response = await fetch(request);
    this.#collect(await response.clone().text());
    return response;
  };

  #add(sign: string | null | undefined) {
    if (typeof sign === 'string' && sign.length > 100) this.signatures.add(sign);
  }

  #collect(text: string) {
    for (const match of text.matchAll(/"sign":"([^"]+)"/g)) this.#add(match[1]);
  }
}

export function provider(
  sb: Sandbox,
  id: string,
  overrides: { fetch?: OtgpayFetch; timeoutMs?: number } = {},
): OtgpayProvider {
  const c = sb.merchants.ID;
  return otgpay({
    id,
    country: testCountry,
    appId: c.appId,
    apiKey: c.apiKey,
    merchantPrivateKey: c.merchantPrivateKey,
    platformPublicKey: c.platformPublicKey,
    baseUrl: sb.url,
    timeoutMs: overrides.timeoutMs ?? 5000,
    notifyUrl: false,
    ...(overrides.fetch ? { fetch: overrides.fetch } : {}),
  });
}

export function client(providers: OtgpayProvider[], options: Partial<PaymuxOptions> = {}): Paymux {
  return createPaymux({
    providers,
    store: new MemoryStore(),
    retry: FAST_RETRY,
    ...options,
  });
}

export function chargeInput(reference: string, i: number): CreateChargeInput {
  return {
    reference,
    money: { amount: 1_000_000n + BigInt(i) * 100n, currency: 'IDR' },
    country: 'ID',
    method: { type: 'qr' },
    customer: { name: 'Siti Rahma', email: 'siti@example.com', phone: '081234567890' },
  };
}

export function payoutInput(
  reference: string,
  i: number,
  account = '1234567890',
): CreatePayoutInput {
  return {
    reference,
    money: { amount: 100_000n + BigInt(i) * 100n, currency: 'IDR' },
    country: 'ID',
    destination: { type: 'bank_account', bank: '014', accountNumber: account },
    recipient: { name: 'Budi Santoso', email: 'budi@example.com', phone: '081298765432' },
  };
}

/** Runs `work` over `items` with at most `concurrency` in flight. */
export async function pool<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      out[index] = await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return out;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: PaymuxError };

export async function settle<T>(run: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    if (!PaymuxError.isInstance(error)) throw error;
    return { ok: false, error };
  }
}

/** Orders the sandbox holds for the ID merchant, by orderId → amount (wire string). */
export function sandboxOrders(sb: Sandbox): {
  payments: Map<string, string>;
  payouts: Map<string, string>;
} {
  const { payments, payouts } = sb.control.orders('ID');
  const map = (rows: Array<Record<string, unknown>>) =>
    new Map(rows.map((row) => [String(row['orderId']), String(row['amount'])]));
  return { payments: map(payments), payouts: map(payouts) };
}

/** Whole rupiah on the wire for IDR minor units. */
export function wireIdr(minor: bigint | number): string {
  return (BigInt(minor) / 100n).toString();
}

/** Everything an error carries, causes included, as text a log line could show. */
export function errorText(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 10; depth++) {
    parts.push(inspect(current, { depth: 8, showHidden: false }));
    if (current instanceof Error) {
      parts.push(current.message, String(current.stack));
      const raw = (current as { raw?: unknown }).raw;
      if (raw !== undefined)
        parts.push(JSON.stringify(raw, (_k, v) => (typeof v === 'bigint' ? String(v) : v)));
      try {
        parts.push(JSON.stringify(current));
      } catch {
        // a cause that cannot be serialized is still inspected above
      }
      current = (current as { cause?: unknown }).cause;
    } else {
      current = undefined;
    }
  }
  return parts.join('\n');
}

/** Figures one scenario adds to RELIABILITY.md (printed at the end of the run). */
export interface Figures {
  readonly scenario: string;
  readonly [figure: string]: string | number;
}

export function report(figures: Figures): void {
  // One line per scenario, easy to copy into RELIABILITY.md.
  console.log(`[reliability] ${JSON.stringify(figures)}`);
}
