import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Launched, type LaunchOptions, launch } from '../src/launcher.js';

/** Sandbox + demo on free loopback ports, state in memory unless told otherwise. */
export function tempDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'paymux-demo-test-'));
}

export async function startMemoryStack(options: Partial<LaunchOptions> = {}): Promise<Launched> {
  const dataDir = options.dataDir ?? (await tempDir());
  return launch({ port: 0, sandboxPort: 0, memory: true, log: () => {}, ...options, dataDir });
}

/** Submits a form like a browser does (urlencoded), without following the redirect. */
export function postForm(url: string, fields: Record<string, string>): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}

export const ID_CHECKOUT = {
  country: 'ID',
  method: '0', // QRIS
  'money.amount': '150000',
  'customer.name': 'Siti Rahma',
  'customer.email': 'siti@example.id',
  'customer.phone': '0812 3456 7890',
  description: 'Batik shirt',
};

export async function until<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > end)
      throw new Error(
        `timed out; last value ${JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? String(v) : v))}`,
      );
    await new Promise((r) => setTimeout(r, 50));
  }
}
