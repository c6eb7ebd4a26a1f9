import {
  businessDay,
  createPaymux,
  MemoryStore,
  type MerchantRecord,
  merchantRecordsFromStore,
  type Paymux,
  RECONCILIATION_CATEGORIES,
  type ReconciliationCategory,
  type ReconciliationReport,
  reportToCsv,
  reportToJson,
  type StatementEntry,
} from '@paymux/core';
import type { Sandbox } from '@paymux/otgpay-sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OtgpayProvider, otgpay } from '../../src/index.js';
import { merchantEndpoint } from '../fixtures/merchant-endpoint.js';
import { startTestSandbox } from '../fixtures/sandbox-provider.js';
import { TEST_COUNTRIES } from '../fixtures/test-countries.js';

/**
 * Must-show of issue 15 over real HTTP against the sandbox: a generated business day per
 * country with hundreds of orders and every category injected a known number of times
 * through the control API; then day boundaries; then repair after lost callbacks.
 */

type Country = keyof typeof TEST_COUNTRIES;
const COUNTRIES: readonly Country[] = ['ID', 'TH', 'PK'];
const DAY = '2026-11-24';
const REPAIR_DAY = '2026-11-20';
const HOUR = 3_600_000;
const ORDERS = 200;
const TOLERANCE = 100n;
const FEES = { chargeBps: 250, payoutBps: 100 };

const PARTY = {
  ID: { name: 'Siti Rahma', email: 'siti@example.com', phone: '081234567890' },
  TH: { name: 'Somchai Dee', email: 'somchai@example.com', phone: '0812345678' },
  PK: { name: 'Ali Khan', email: 'ali@example.com', phone: '03001234567' },
} as const;
const METHOD = {
  ID: { type: 'qr' },
  TH: { type: 'qr' },
  PK: { type: 'ewallet', channel: 'EASYPAISA' },
} as const;

let clock = Date.parse('2026-11-17T03:00:00Z');
let sandbox: Sandbox;
let store: MemoryStore;
let paymux: Paymux;
let endpoint: Awaited<ReturnType<typeof merchantEndpoint>>;
const providers = {} as Record<Country, OtgpayProvider>;

/** One country's generated day: what each item must be, and the merchant's own extras. */
interface Plan {
  readonly expected: Map<string, ReconciliationCategory>;
  readonly databaseOnly: MerchantRecord[];
  readonly wrongCurrency: Set<string>;
}
const plans = {} as Record<Country, Plan>;
const repairPlans = {} as Record<Country, { stuck: string[]; delivered: number }>;

/** Core minor units of `units` whole units (rupiah, baht, rupees). */
const major = (units: number) => BigInt(units) * 100n;
/** Wire string of core minor units: whole rupiah for IDR, two decimals for THB and PKR. */
function wire(country: Country, minor: bigint): string {
  if (country === 'ID') return (minor / 100n).toString();
  const s = minor.toString().padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
}
/** What one wire unit is in core minor units (IDR: 1 rupiah = 100; THB/PKR: 1). */
const wireUnit = (country: Country) => (country === 'ID' ? 100n : 1n);

async function settleCallbacks() {
  await sandbox.control.callbacksIdle();
}

function chargeInput(country: Country, reference: string, amount: bigint) {
  return {
    reference,
    money: { amount, currency: TEST_COUNTRIES[country].currency },
    country,
    method: METHOD[country],
    customer: PARTY[country],
    notifyUrl: endpoint.url,
  };
}

/** Creates a charge at `at` and, unless `outcome` is undefined, settles it 30 s later. */
async function order(
  country: Country,
  reference: string,
  amount: bigint,
  at: number,
  then: (orderId: string) => Promise<void> | void = (id) => {
    sandbox.control.pay(country, id);
  },
) {
  clock = at;
  await paymux.charges.create(chargeInput(country, reference, amount));
  clock = at + 30_000;
  await then(reference);
  await settleCallbacks();
}

async function control(path: string, body?: unknown) {
  const res = await fetch(`${sandbox.url}/__sandbox/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? '' : JSON.stringify(body),
  });
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

/** A generated business day in `country` with every category injected a known number of times. */
async function generateDay(country: Country): Promise<Plan> {
  const { timeZone } = providers[country].reconciliationProfile(TEST_COUNTRIES[country].currency);
  const day = businessDay(DAY, timeZone);
  const expected = new Map<string, ReconciliationCategory>();
  const databaseOnly: MerchantRecord[] = [];
  const wrongCurrency = new Set<string>();
  const currency = TEST_COUNTRIES[country].currency;
  let seq = 0;
  // Unique amounts (multiples of 1,000 units, so the 2.5 % fee is exact).
  const amount = () => major(1_000 * (10 + (seq % 400)) + seq * 1_000);
  const slots = ORDERS + 120;
  const step = Math.floor((day.end - day.start - 4 * HOUR) / slots);
  const at = () => day.start + HOUR + seq * step;
  const next = (prefix: string, category: ReconciliationCategory, kind = 'charge') => {
    seq += 1;
    const reference = `${country}-${prefix}-${seq}`;
    expected.set(`${kind}:${reference}`, category);
    return reference;
  };
  const pay = (id: string) => {
    sandbox.control.pay(country, id);
  };

  for (let i = 0; i < ORDERS; i++) await order(country, next('ok', 'matched'), amount(), at());
  for (let i = 0; i < 10; i++) {
    await order(country, next('fail', 'matched'), amount(), at(), (id) => {
      sandbox.control.paymentOutcome(country, id, { status: 3 });
    });
    await order(country, next('open', 'matched'), amount(), at(), () => {});
    const refunded = next('refund', 'matched');
    const value = amount();
    await order(country, refunded, value, at());
    clock += 60_000;
    await paymux.refunds.create({
      chargeReference: refunded,
      reference: `${refunded}-r`,
      money: { amount: value / 4n, currency },
    });
  }
  const quirk = (id: string, quirks: Record<string, unknown>) =>
    control(`payments/${country}/${id}/quirks`, quirks);
  for (let i = 0; i < 5; i++) {
    await order(country, next('lost', 'status_mismatch'), amount(), at(), async (id) => {
      await quirk(id, { loseCallback: true });
      pay(id);
    });
  }
  for (let i = 0; i < 2; i++) {
    await order(country, next('rev', 'settled_not_succeeded'), amount(), at(), async (id) => {
      await quirk(id, { loseCallback: true });
      pay(id);
      await control(`payments/${country}/${id}/reverse`);
    });
  }
  for (let i = 0; i < 3; i++) {
    const value = amount();
    const fee = (value * 250n) / 10_000n + major(500);
    await order(country, next('fee', 'fee_mismatch'), value, at(), async (id) => {
      await quirk(id, { fee: wire(country, fee) });
      pay(id);
    });
  }
  for (let i = 0; i < 2; i++) {
    await order(country, next('unbooked', 'succeeded_not_settled'), amount(), at(), async (id) => {
      await quirk(id, { unbooked: true });
      pay(id);
    });
  }
  for (let i = 0; i < 2; i++) {
    await order(country, next('dup', 'duplicate'), amount(), at(), async (id) => {
      pay(id);
      await control(`payments/${country}/${id}/duplicate-entries`, { type: 'PAYMENT' });
    });
  }
  for (let i = 0; i < 2; i++) {
    const reference = next('rfx', 'refund_mismatch');
    const value = amount();
    await order(country, reference, value, at());
    await paymux.refunds.create({
      chargeReference: reference,
      reference: `${reference}-r`,
      money: { amount: value / 5n, currency },
    });
    await control(`payments/${country}/${reference}/duplicate-entries`, { type: 'REFUND' });
  }
  for (let i = 0; i < 3; i++) {
    const value = amount();
    await order(country, next('amt', 'amount_mismatch'), value, at(), (id) => {
      sandbox.control.paymentOutcome(country, id, {
        status: 2,
        paidAmount: wire(country, value + major(50)),
      });
    });
  }
  for (let i = 0; i < 2; i++) {
    const value = amount();
    await order(country, next('tol', 'matched_within_tolerance'), value, at(), (id) => {
      sandbox.control.paymentOutcome(country, id, {
        status: 2,
        paidAmount: wire(country, value + wireUnit(country)),
      });
    });
  }
  for (let i = 0; i < 3; i++) {
    seq += 1;
    const ghost = `${country}-ghost-${seq}`;
    expected.set(`charge:${ghost}`, 'missing_in_merchant_records');
    clock = at();
    await control(`payments/${country}`, { orderId: ghost, amount: wire(country, amount()) });
  }
  for (let i = 0; i < 2; i++) {
    // The merchant's database has the order under its reference; the gateway under another.
    const mine = next('mine', 'probable_match');
    const value = amount();
    databaseOnly.push({
      kind: 'charge',
      reference: mine,
      money: { amount: value, currency },
      status: 'succeeded',
      time: new Date(at()),
    });
    clock = at() + 60_000;
    await control(`payments/${country}`, {
      orderId: `${country}-theirs-${seq}`,
      amount: wire(country, value),
    });
  }
  for (let i = 0; i < 3; i++) {
    databaseOnly.push({
      kind: 'charge',
      reference: next('never-sent', 'missing_at_provider'),
      money: { amount: amount(), currency },
      status: 'pending',
      time: new Date(at()),
    });
  }
  for (let i = 0; i < 2; i++) {
    const reference = next('cur', 'currency_mismatch');
    wrongCurrency.add(reference);
    await order(country, reference, amount(), at());
  }
  // Cut-off: 23:59:50 at the merchant, paid 00:00:10 next day; and shifted by the control API.
  for (let i = 0; i < 2; i++) {
    const reference = next('late', 'cut_off_timing');
    clock = day.end - 10_000 - i * 1_000;
    await paymux.charges.create(chargeInput(country, reference, amount()));
    clock = day.end + 10_000;
    pay(reference);
    await settleCallbacks();
  }
  for (let i = 0; i < 2; i++) {
    const reference = next('shift', 'cut_off_timing');
    clock = day.end - 30_000 - i * 1_000;
    await paymux.charges.create(chargeInput(country, reference, amount()));
    pay(reference);
    await settleCallbacks();
    await control(`payments/${country}/${reference}/shift`, { deltaMs: 60_000 });
  }
  // Day boundaries: 23:59:59.999 is this day, 00:00:00.000 the next (not in this report).
  // (The next day's order first: its request makes the sandbox settle this day so far.)
  for (const [reference, time] of [
    [`${country}-edge-early`, day.end],
    [next('edge-late', 'matched'), day.end - 1],
  ] as const) {
    clock = time;
    await paymux.charges.create(chargeInput(country, reference, amount()));
    pay(reference);
    await settleCallbacks();
  }
  // Payouts (the test countries for ID and TH have a payout channel).
  if (country !== 'PK') {
    for (let i = 0; i < 7; i++) {
      const lost = i >= 5;
      seq += 1;
      const reference = `${country}-po-${seq}`;
      expected.set(`payout:${reference}`, lost ? 'status_mismatch' : 'matched');
      clock = at();
      await paymux.payouts.create({
        reference,
        money: { amount: major(1_000 * (i + 1)), currency },
        country,
        destination: {
          type: 'bank_account',
          bank: country === 'ID' ? '014' : '004',
          accountNumber: '1234567890',
        },
        recipient: PARTY[country],
        notifyUrl: endpoint.url,
      });
      if (lost) await control(`payouts/${country}/${reference}/quirks`, { loseCallback: true });
      clock += 20_000;
      sandbox.control.payoutOutcome(country, reference, { status: 2 });
      await settleCallbacks();
    }
  }
  return { expected, databaseOnly, wrongCurrency };
}

/** A day of orders of which some lose their final callback (success, failure, payouts). */
async function generateRepairDay(country: Country) {
  const { timeZone } = providers[country].reconciliationProfile(TEST_COUNTRIES[country].currency);
  const day = businessDay(REPAIR_DAY, timeZone);
  const stuck: string[] = [];
  let delivered = 0;
  for (let i = 0; i < 40; i++) {
    const reference = `${country}-r-${i}`;
    const lose = i % 4 === 0;
    const fail = i % 5 === 0;
    await order(
      country,
      reference,
      major(10_000 + i * 1_000),
      day.start + HOUR + i * 60_000,
      async (id) => {
        if (lose) await control(`payments/${country}/${id}/quirks`, { loseCallback: true });
        sandbox.control.paymentOutcome(country, id, { status: fail ? 3 : 2 });
      },
    );
    if (lose) stuck.push(`charge.${fail ? 'failed' : 'succeeded'}:${reference}`);
    else delivered += 1;
  }
  if (country !== 'PK') {
    for (let i = 0; i < 4; i++) {
      const reference = `${country}-rpo-${i}`;
      clock = day.start + 2 * HOUR + i * 60_000;
      await paymux.payouts.create({
        reference,
        money: { amount: major(500), currency: TEST_COUNTRIES[country].currency },
        country,
        destination: {
          type: 'bank_account',
          bank: country === 'ID' ? '014' : '004',
          accountNumber: '1234567890',
        },
        recipient: PARTY[country],
        notifyUrl: endpoint.url,
      });
      const lose = i % 2 === 0;
      if (lose) await control(`payouts/${country}/${reference}/quirks`, { loseCallback: true });
      sandbox.control.payoutOutcome(country, reference, { status: i === 0 ? 3 : 2 });
      await settleCallbacks();
      if (lose) stuck.push(`payout.${i === 0 ? 'failed' : 'succeeded'}:${reference}`);
      else delivered += 1;
    }
  }
  return { stuck, delivered };
}

beforeAll(async () => {
  sandbox = await startTestSandbox({
    seed: 'reconcile-day',
    now: () => clock,
    callbackRetryDelaysMs: [20, 20],
  });
  store = new MemoryStore({ clock: () => clock });
  endpoint = await merchantEndpoint(
    () => paymux,
    (appId) =>
      (Object.values(providers).find((p) => p.client.appId === appId) as OtgpayProvider).id,
  );
  for (const country of COUNTRIES) {
    const credentials = sandbox.merchants[country];
    providers[country] = otgpay({
      country: TEST_COUNTRIES[country],
      appId: credentials.appId,
      apiKey: credentials.apiKey,
      merchantPrivateKey: credentials.merchantPrivateKey,
      platformPublicKey: credentials.platformPublicKey,
      baseUrl: sandbox.url,
      notifyUrl: endpoint.url,
      timeoutMs: 10_000,
    });
  }
  paymux = createPaymux({
    providers: COUNTRIES.map((c) => providers[c]),
    store,
    clock: () => clock,
    retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 },
  });
  // Money for the payouts, two days before anything is reconciled.
  for (const country of ['ID', 'TH'] as const)
    sandbox.control.fund(country, wire(country, major(10_000_000)));
  for (const country of COUNTRIES) repairPlans[country] = await generateRepairDay(country);
  for (const country of COUNTRIES) plans[country] = await generateDay(country);
  // Two days later: T+1 settlement has run (the sandbox settles due days on each request).
  clock = Date.parse('2026-11-26T05:00:00Z');
  for (const country of COUNTRIES) {
    const [settlement] = sandbox.control.settle({ appId: country, date: DAY });
    const net = BigInt(String(settlement?.['netAmount']).replace('.', '')) - 777n;
    await control(`settlements/${country}/${settlement?.['settlementNo']}/adjust`, {
      net: wire(country, country === 'ID' ? net * 100n : net),
    });
  }
  // A generated business day per country over HTTP: ~40 s alone, minutes on a loaded CI box.
}, 600_000);

afterAll(async () => {
  await sandbox?.stop();
  await endpoint?.close();
});

function merchantRecordsOf(country: Country, plan: Plan): Promise<MerchantRecord[]> {
  return merchantRecordsFromStore(store, providers[country].id).then((stored) => [
    ...stored.map((record) =>
      plan.wrongCurrency.has(record.reference)
        ? { ...record, money: { ...record.money, currency: 'USD' } }
        : record,
    ),
    ...plan.databaseOnly,
  ]);
}

async function reconcileDay(country: Country, day = DAY): Promise<ReconciliationReport> {
  return paymux.reconcile({
    provider: providers[country].id,
    day,
    merchantRecords: await merchantRecordsOf(country, plans[country]),
    tolerance: TOLERANCE,
    fees: FEES,
  });
}

describe.each(COUNTRIES)('a generated business day in %s over HTTP', (country) => {
  let report: ReconciliationReport;
  beforeAll(async () => {
    report = await reconcileDay(country);
  }, 60_000);

  it('finds exactly the injected categories; everything else matches', () => {
    const expected = new Map(plans[country].expected);
    expected.set(`settlement:${DAY}`, 'settlement_total_mismatch');
    const actual = new Map(report.items.map((item) => [item.id, item.category]));
    expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(expected));
    expect(report.summary.matched.count).toBeGreaterThanOrEqual(ORDERS);
    for (const category of RECONCILIATION_CATEGORIES.filter((c) => c !== 'matched')) {
      expect(report.summary[category].count, category).toBeGreaterThan(0);
    }
  });

  it('puts every input in exactly one item, and the sums add up', async () => {
    const provider = providers[country];
    const entries: StatementEntry[] = [];
    for await (const entry of paymux.statement.list({
      provider: provider.id,
      startDate: '2026-11-23',
      endDate: '2026-11-25',
    })) {
      const t = entry.time.getTime();
      if (
        t >= report.start.getTime() - report.lookAroundMs &&
        t < report.end.getTime() + report.lookAroundMs
      ) {
        entries.push(entry);
      }
    }
    const records = (await merchantRecordsOf(country, plans[country])).filter((r) => {
      const t = r.time.getTime();
      return (
        t >= report.start.getTime() - report.lookAroundMs &&
        t < report.end.getTime() + report.lookAroundMs
      );
    });
    const seen = new Map<string, number>();
    for (const id of [...report.items.flatMap((item) => item.inputs), ...report.excluded]) {
      seen.set(id, (seen.get(id) ?? 0) + 1);
    }
    expect([...seen.values()].filter((n) => n !== 1)).toEqual([]);
    expect([...seen.keys()].filter((id) => id.startsWith('entry:')).sort()).toEqual(
      entries.map((e) => `entry:${e.reference}`).sort(),
    );
    expect([...seen.keys()].filter((id) => id.startsWith('merchant:')).length).toBe(records.length);
    expect(report.excluded).toContain(`merchant:charge:${country}-edge-early`);

    const rows = Object.values(report.summary);
    expect(rows.reduce((n, row) => n + row.count, 0)).toBe(report.items.length);
    expect(rows.reduce((n, row) => n + row.amount, 0n)).toBe(
      report.items.reduce((n, item) => n + item.amount, 0n),
    );
    expect(
      rows.reduce((n, row) => n + row.difference, 0n) - report.summary.matched.difference,
    ).toBe(report.totals.variance);
    expect(report.totals.net).toBe(
      report.totals.gross - report.totals.fees - report.totals.refunds,
    );
    expect(report.totals.settled).toBe(report.totals.net - 777n * wireUnit(country));
  });

  it('re-running gives byte-identical JSON and CSV', async () => {
    const again = await reconcileDay(country);
    expect(reportToJson(again)).toBe(reportToJson(report));
    expect(reportToCsv(again)).toBe(reportToCsv(report));
  });

  it('the order at 00:00:00.000 belongs to the next day, exactly', async () => {
    const next = await reconcileDay(country, '2026-11-25');
    const early = next.items.find((item) => item.reference === `${country}-edge-early`);
    expect(early?.category).toBe('matched');
    const late = report.items.find((item) => item.reference.startsWith(`${country}-edge-late`));
    expect(late?.category).toBe('matched');
    expect(late?.provider?.amount).toBe(late?.merchant?.amount);
  });
});

describe.each(COUNTRIES)('repair after lost callbacks in %s', (country) => {
  it('brings every stuck order to its final state exactly once; a second run repairs nothing', async () => {
    const { stuck, delivered } = repairPlans[country];
    const before = new Map(endpoint.handled);
    const first = await paymux.reconcile({
      provider: providers[country].id,
      day: REPAIR_DAY,
      repair: true,
      handler: endpoint.handler,
    });
    expect(first.repaired).toBe(stuck.length);
    expect(first.summary.status_mismatch.count).toBe(stuck.length);
    expect(
      first.items
        .filter((item) => item.repair)
        .map((item) => `${item.kind}.${item.repair?.to}:${item.reference}`)
        .sort(),
    ).toEqual([...stuck].sort());
    for (const id of stuck) {
      expect(before.get(id), id).toBeUndefined();
      expect(endpoint.handled.get(id), id).toBe(1);
    }
    const mine = new RegExp(`:${country}-(r|rpo)-\\d+$`);
    const handledHere = [...endpoint.handled.keys()].filter((id) => mine.test(id));
    expect(handledHere).toHaveLength(delivered + stuck.length);
    expect(handledHere.every((id) => endpoint.handled.get(id) === 1)).toBe(true);

    const second = await paymux.reconcile({
      provider: providers[country].id,
      day: REPAIR_DAY,
      repair: true,
      handler: endpoint.handler,
    });
    expect(second.repaired).toBe(0);
    expect(second.summary.status_mismatch.count).toBe(0);
    expect(second.items.every((item) => item.category === 'matched')).toBe(true);
    expect([...endpoint.handled.values()].every((n) => n === 1)).toBe(true);
  });
});
