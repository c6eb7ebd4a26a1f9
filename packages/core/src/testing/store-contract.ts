import type { Store } from '@paymux/core';

/** The two functions of a test framework the store contract needs (vitest, jest, node:test). */
export interface StoreContractTestApi {
  /** Declares a group of tests (`describe` of vitest, jest, mocha or `node:test`). */
  describe(name: string, body: () => void): unknown;
  /** Declares one async test; `timeoutMs` is passed as the framework's third argument (30 s). */
  it(name: string, body: () => Promise<void>, timeoutMs?: number): unknown;
}

/** What the contract gives a factory: a clock it moves to test expiry. */
export interface StoreContractContext {
  /** Milliseconds since the epoch; the store MUST read time through it. */
  readonly clock: () => number;
}

/** Builds an EMPTY store for one test. It is closed with `close()` after the test. */
export type StoreFactory = (context: StoreContractContext) => Store | Promise<Store>;

/**
 * Registers the `Store` contract tests: lossless values (`bigint`, `Date`), versions,
 * `setIfAbsent` / `compareAndSet` atomic under concurrency, expiry on the injected clock,
 * conditional `delete`, and `list` order and paging. Any store implementation (SQLite,
 * PostgreSQL, Redis, DynamoDB …) must pass it. Each test gets a fresh store from `factory`
 * and closes it afterwards.
 *
 * `api` defaults to the global `describe` / `it` (vitest with `globals`, jest, mocha).
 *
 * @example
 * ```ts
 * import { MemoryStore } from '@paymux/core';
 * import { describeStoreContract } from '@paymux/core/testing';
 * import { describe, it } from 'vitest';
 *
 * // your own Store goes here; it must read time through `clock`
 * describeStoreContract('memory', ({ clock }) => new MemoryStore({ clock }), { describe, it });
 * ```
 */
export function describeStoreContract(
  name: string,
  factory: StoreFactory,
  api: StoreContractTestApi = globalApi(),
): void {
  const { describe, it } = api;

  function test(title: string, body: (store: Store, time: Time) => Promise<void>) {
    it(title, async () => {
      const time = new Time();
      const store = await factory({ clock: () => time.now });
      try {
        await body(store, time);
      } finally {
        await store.close?.();
      }
    }, 30_000);
  }

  describe(`Store contract: ${name}`, () => {
    test('get of an absent key is undefined; set then get returns value, key and version', async (store) => {
      check.equal(await store.get('absent'), undefined, 'get(absent)');
      const version = await store.set('k', { a: 1 });
      check.isVersion(version, 'set');
      const entry = await store.get<{ a: number }>('k');
      check.deep(entry?.value, { a: 1 }, 'value');
      check.equal(entry?.key, 'k', 'key');
      check.equal(entry?.version, version, 'version');
      check.equal(entry?.expiresAt, undefined, 'expiresAt without ttl');
    });

    test('keeps bigint, Date, nesting and look-alike objects losslessly', async (store) => {
      const value = {
        money: { amount: 2n ** 70n, currency: 'IDR' },
        negative: -123456789012345678901234567890n,
        zero: 0n,
        at: new Date(Date.UTC(2026, 10, 27, 1, 2, 3, 456)),
        list: [1n, 'two', { three: 3 }, null, true, 1.5],
        text: 'Rp 1.500 — ĉ 🚀 "quoted" \\ back',
        lookalike: { $bigint: 'not a bigint tag' },
        lookDate: { $date: 5 },
        empty: {},
      };
      await store.set('v', value);
      const read = (await store.get<typeof value>('v'))?.value;
      check.equal(typeof read?.money.amount, 'bigint', 'bigint type');
      check.equal(read?.money.amount, 2n ** 70n, 'bigint value');
      check.equal(read?.negative, value.negative, 'negative bigint');
      check.equal(read?.zero, 0n, 'zero bigint');
      check.ok(read?.at instanceof Date, 'Date type');
      check.equal(read?.at.getTime(), value.at.getTime(), 'Date value');
      check.deep(read, value, 'whole value');
    });

    test('every write gives a new version, never reused for the key (also after delete)', async (store) => {
      const seen = new Set<string>();
      const add = (version: string | undefined, what: string) => {
        check.isVersion(version, what);
        check.ok(!seen.has(version as string), `${what}: version reused`);
        seen.add(version as string);
      };
      add(await store.set('k', 1), 'set');
      add(await store.set('k', 1), 'set same value');
      const current = (await store.get('k'))?.version as string;
      add(await store.compareAndSet('k', current, 2), 'compareAndSet');
      await store.delete('k');
      add(await store.setIfAbsent('k', 3), 'setIfAbsent after delete');
    });

    test('setIfAbsent creates once; the value is kept', async (store) => {
      check.isVersion(await store.setIfAbsent('k', 'first'), 'first setIfAbsent');
      check.equal(await store.setIfAbsent('k', 'second'), undefined, 'second setIfAbsent');
      check.equal((await store.get('k'))?.value, 'first', 'value after second setIfAbsent');
    });

    test('compareAndSet replaces only at the expected version', async (store) => {
      check.equal(await store.compareAndSet('k', '1', 'x'), undefined, 'CAS on absent key');
      const v1 = (await store.set('k', 'a')) as string;
      const v2 = await store.compareAndSet('k', v1, 'b');
      check.isVersion(v2, 'CAS at current version');
      check.equal((await store.get('k'))?.value, 'b', 'value after CAS');
      check.equal(await store.compareAndSet('k', v1, 'c'), undefined, 'CAS at old version');
      check.equal((await store.get('k'))?.value, 'b', 'value after refused CAS');
      check.equal((await store.get('k'))?.version, v2, 'version after refused CAS');
    });

    test('expiry on the injected clock: gone for get, setIfAbsent, compareAndSet, delete and list', async (store, time) => {
      time.now = 1_000_000;
      const version = (await store.set('t', 'short', { ttlMs: 500 })) as string;
      await store.set('forever', 'kept');
      check.equal((await store.get('t'))?.expiresAt, 1_000_500, 'expiresAt');
      time.now = 1_000_499;
      check.equal((await store.get('t'))?.value, 'short', 'live one ms before expiry');
      check.equal(await store.setIfAbsent('t', 'x'), undefined, 'setIfAbsent on live key');
      time.now = 1_000_500;
      check.equal(await store.get('t'), undefined, 'get at expiry');
      check.equal(await store.compareAndSet('t', version, 'x'), undefined, 'CAS on expired key');
      check.equal(await store.delete('t'), false, 'delete of an expired key');
      check.deep((await store.list('t')).length, 0, 'list skips expired');
      check.isVersion(
        await store.setIfAbsent('t', 'again', { ttlMs: 10 }),
        'setIfAbsent after expiry',
      );
      check.equal((await store.get('t'))?.value, 'again', 'value after re-creation');
      time.now += 1_000_000;
      check.equal((await store.get('forever'))?.value, 'kept', 'no ttl: kept');
      await store.set('forever', 'kept', { ttlMs: 5 });
      await store.set('forever', 'kept again');
      time.now += 10;
      check.equal(
        (await store.get('forever'))?.value,
        'kept again',
        'set without ttl clears expiry',
      );
    });

    test('refuses a ttlMs that is not a finite number > 0', async (store) => {
      for (const ttlMs of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
        await check.rejects(() => store.set('k', 1, { ttlMs }), RangeError, `set ttlMs ${ttlMs}`);
        await check.rejects(
          () => store.setIfAbsent('k', 1, { ttlMs }),
          RangeError,
          `setIfAbsent ttlMs ${ttlMs}`,
        );
      }
      check.equal(await store.get('k'), undefined, 'nothing written');
    });

    test('delete: true once; with an expected version only at that version', async (store) => {
      const v1 = (await store.set('k', 1)) as string;
      await store.set('k', 2);
      check.equal(await store.delete('k', v1), false, 'delete at old version');
      check.equal((await store.get('k'))?.value, 2, 'kept after refused delete');
      check.equal(await store.delete('k'), true, 'delete');
      check.equal(await store.delete('k'), false, 'second delete');
      check.equal(await store.get('k'), undefined, 'gone');
    });

    test('list: prefix taken literally, ascending byte order, pages with after/limit', async (store) => {
      const keys = [
        'idem:b',
        'idem:a',
        'idem:a:1',
        'idem:%',
        'idem:_x',
        'idem:é',
        'idem:Z',
        'idex:a',
        'ide',
      ];
      for (const key of keys) await store.set(key, { key, amount: 1n });
      const all = await store.list<{ key: string; amount: bigint }>('idem:');
      const expected = ['idem:%', 'idem:Z', 'idem:_x', 'idem:a', 'idem:a:1', 'idem:b', 'idem:é'];
      check.deep(
        all.map((entry) => entry.key),
        expected,
        'keys in byte order',
      );
      check.equal(all[0]?.value.amount, 1n, 'values decoded');
      check.isVersion(all[0]?.version, 'list version');
      check.deep(
        (await store.list('idem:_')).map((e) => e.key),
        ['idem:_x'],
        '"_" is literal',
      );
      check.deep(
        (await store.list('idem:%')).map((e) => e.key),
        ['idem:%'],
        '"%" is literal',
      );
      const pages: string[][] = [];
      let after: string | undefined;
      for (;;) {
        const page = await store.list('idem:', {
          limit: 3,
          ...(after === undefined ? {} : { after }),
        });
        if (page.length === 0) break;
        pages.push(page.map((entry) => entry.key));
        after = page[page.length - 1]?.key;
      }
      check.deep(pages, [expected.slice(0, 3), expected.slice(3, 6), expected.slice(6)], 'pages');
      await check.rejects(() => store.list('idem:', { limit: 0 }), RangeError, 'limit 0');
      await check.rejects(() => store.list('idem:', { limit: 1001 }), RangeError, 'limit 1001');
    });

    test('concurrent setIfAbsent and compareAndSet: exactly one wins', async (store) => {
      const created = await Promise.all(
        Array.from({ length: 25 }, (_, i) => store.setIfAbsent('race', { winner: i })),
      );
      check.equal(created.filter(Boolean).length, 1, 'setIfAbsent winners');
      const entry = await store.get<{ winner: number }>('race');
      check.equal(entry?.value.winner, created.findIndex(Boolean), 'stored value is the winner');
      const swapped = await Promise.all(
        Array.from({ length: 25 }, (_, i) =>
          store.compareAndSet('race', entry?.version as string, { winner: 100 + i }),
        ),
      );
      check.equal(swapped.filter(Boolean).length, 1, 'compareAndSet winners');
      check.equal(
        (await store.get<{ winner: number }>('race'))?.value.winner,
        100 + swapped.findIndex(Boolean),
        'CAS winner stored',
      );
    });

    test('counter by compareAndSet loops loses no increment', async (store) => {
      await store.set('n', { n: 0n });
      await Promise.all(
        Array.from({ length: 20 }, async () => {
          for (;;) {
            const entry = await store.get<{ n: bigint }>('n');
            if (!entry) throw new Error('counter vanished');
            if (await store.compareAndSet('n', entry.version, { n: entry.value.n + 1n })) return;
          }
        }),
      );
      check.equal((await store.get<{ n: bigint }>('n'))?.value.n, 20n, 'counter');
    });
  });
}

class Time {
  now = Date.UTC(2026, 0, 1);
}

function globalApi(): StoreContractTestApi {
  const scope = globalThis as unknown as Partial<StoreContractTestApi>;
  if (typeof scope.describe !== 'function' || typeof scope.it !== 'function') {
    throw new TypeError(
      "describeStoreContract needs describe/it: pass them, e.g. import { describe, it } from 'vitest'",
    );
  }
  return { describe: scope.describe, it: scope.it };
}

/** Assertions without a framework, so the suite runs under any runner. */
const check = {
  ok(condition: unknown, what: string): void {
    if (!condition) throw new Error(`Store contract: ${what}`);
  },
  equal(actual: unknown, expected: unknown, what: string): void {
    if (!Object.is(actual, expected)) {
      throw new Error(`Store contract: ${what}: expected ${show(expected)}, got ${show(actual)}`);
    }
  },
  deep(actual: unknown, expected: unknown, what: string): void {
    if (show(actual) !== show(expected)) {
      throw new Error(`Store contract: ${what}: expected ${show(expected)}, got ${show(actual)}`);
    }
  },
  isVersion(version: unknown, what: string): void {
    if (typeof version !== 'string' || version.length === 0) {
      throw new Error(`Store contract: ${what}: expected a version string, got ${show(version)}`);
    }
  },
  async rejects(run: () => Promise<unknown>, type: new (...args: never[]) => Error, what: string) {
    try {
      await run();
    } catch (error) {
      if (error instanceof type) return;
      throw new Error(`Store contract: ${what}: expected ${type.name}, got ${show(error)}`);
    }
    throw new Error(`Store contract: ${what}: expected ${type.name}, it resolved`);
  },
};

function show(value: unknown): string {
  return (
    JSON.stringify(value, (_key, item) => {
      if (typeof item === 'bigint') return `${item}n`;
      if (item instanceof Error) return `${item.name}: ${item.message}`;
      if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
        return Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : 1)));
      }
      return item;
    }) ?? String(value)
  );
}
