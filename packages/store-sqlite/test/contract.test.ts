import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeStoreContract } from '@paymux/core/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'paymux-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const file = () => join(dir, `store-${++n}.db`);

// The addon is built for the Node that ran `pnpm install` (20 in CI). Under another Node
// ABI (the Node 24 run) it cannot load and `auto` uses node:sqlite; on Node 20 it must load.
const addonLoads = await import('better-sqlite3')
  .then((module) => new module.default(':memory:').close())
  .then(
    () => true,
    () => false,
  );
const nodeMajor = Number(process.versions.node.split('.')[0]);
describe.runIf(addonLoads || nodeMajor < 22)('better-sqlite3 binding', () => {
  describeStoreContract(
    'SqliteStore (better-sqlite3)',
    ({ clock }) => SqliteStore.open({ file: file(), clock, driver: 'better-sqlite3' }),
    { describe, it },
  );
});

const hasNodeSqlite = (() => {
  try {
    const loader = process as { getBuiltinModule?: (id: string) => unknown };
    return loader.getBuiltinModule?.('node:sqlite') !== undefined;
  } catch {
    return false;
  }
})();
describe.runIf(hasNodeSqlite)('node:sqlite binding', () => {
  describeStoreContract(
    'SqliteStore (node:sqlite)',
    ({ clock }) => SqliteStore.open({ file: file(), clock, driver: 'node:sqlite' }),
    { describe, it },
  );
});

describe('SqliteStore', () => {
  it('keeps values across a close and reopen of the file (WAL mode)', async () => {
    const path = file();
    const first = await SqliteStore.open({ file: path });
    await first.set('idem:charge:a', { amount: 2n ** 63n, at: new Date(7) });
    await first.close();
    const second = await SqliteStore.open({ file: path });
    const entry = await second.get<{ amount: bigint; at: Date }>('idem:charge:a');
    expect(entry?.value.amount).toBe(2n ** 63n);
    expect(entry?.value.at.getTime()).toBe(7);
    await second.close();
  });

  it('purges expired rows at open and on demand', async () => {
    let now = 1_000;
    const path = file();
    const store = await SqliteStore.open({ file: path, clock: () => now });
    await store.set('a', 1, { ttlMs: 10 });
    await store.set('b', 2);
    now = 2_000;
    expect(store.purgeExpired()).toBe(1);
    expect(store.purgeExpired()).toBe(0);
    await store.close();
  });
});
