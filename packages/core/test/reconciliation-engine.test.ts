import { describe, expect, it } from 'vitest';
import {
  buildReport,
  businessDay,
  groupOrders,
  type MerchantRecord,
  type ProviderRecords,
  planQueries,
  type QueriedOrder,
  RECONCILIATION_CATEGORIES,
  RECONCILIATION_CSV_COLUMNS,
  type ReconciliationReport,
  reconcileRules,
  reportToCsv,
  reportToJson,
  type StatementEntry,
  ValidationError,
} from '../src/index.js';
import { type GeneratedDay, generateDay, prng } from './support/reconciliation-day.js';

const HOUR = 3_600_000;

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = prng(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** What the core client does: plan the queries, answer them, build the report. */
function reconcileDay(data: GeneratedDay, order = 0): ReconciliationReport {
  const merchant = order ? shuffled(data.merchant, order) : data.merchant;
  const entries = order ? shuffled(data.entries, order + 1) : data.entries;
  const settlements = order ? shuffled(data.settlements, order + 2) : data.settlements;
  const rules = reconcileRules({
    day: businessDay(data.day, data.timeZone),
    currency: data.currency,
    lookAroundMs: 2 * HOUR,
    tolerance: 100n,
    fees: { chargeBps: 250, payoutBps: 100 },
    now: data.now,
    settlementLagDays: 1,
    settledDays: settlements.map((s) => s.date),
    probableWindowMs: 10 * 60_000,
  });
  const from = rules.day.start - rules.lookAroundMs;
  const to = rules.day.end + rules.lookAroundMs;
  const window = (t: Date) => t.getTime() >= from && t.getTime() < to;
  const groups = groupOrders(
    merchant.filter((r) => window(r.time)),
    entries.filter((e) => window(e.time)),
  );
  const queried = new Map<string, QueriedOrder>();
  for (const query of shuffled(planQueries(groups.values()), order + 3)) {
    const key = `${query.kind}:${query.reference}`;
    queried.set(key, data.truth.get(key) ?? { kind: query.kind, found: false });
  }
  const records: ProviderRecords = { entries, settlements, queried };
  return buildReport({ provider: 'p', rules, merchant, records });
}

const INJECT = {
  duplicate: 3,
  missing_in_merchant_records: 4,
  probable_match: 2,
  missing_at_provider: 5,
  currency_mismatch: 2,
  amount_mismatch: 6,
  settled_not_succeeded: 3,
  status_mismatch: 7,
  refund_mismatch: 3,
  fee_mismatch: 4,
  succeeded_not_settled: 3,
  settlement_total_mismatch: 1,
  cut_off_timing: 4,
  matched_within_tolerance: 5,
} as const;

const COUNTRIES = [
  { timeZone: 'Asia/Jakarta', currency: 'IDR', seed: 1 },
  { timeZone: 'Asia/Bangkok', currency: 'THB', seed: 2 },
  { timeZone: 'Asia/Karachi', currency: 'PKR', seed: 3 },
] as const;

describe('reconciliation engine on a generated day', () => {
  for (const country of COUNTRIES) {
    describe(`${country.timeZone} ${country.currency}`, () => {
      const data = generateDay({
        day: '2026-11-24',
        ...country,
        orders: 300,
        inject: INJECT,
        chargeBps: 250,
        payoutBps: 100,
        tolerance: 100n,
      });
      const report = reconcileDay(data);

      it('finds exactly the injected categories, and matches the rest', () => {
        const counts = Object.fromEntries(
          RECONCILIATION_CATEGORIES.map((c) => [c, report.summary[c].count]),
        );
        expect(counts).toEqual(data.expected);
        expect(report.summary.matched.count).toBeGreaterThan(300);
      });

      it('puts every input in exactly one item (or the excluded neighbours)', () => {
        const seen = new Map<string, number>();
        for (const id of [...report.items.flatMap((i) => i.inputs), ...report.excluded]) {
          seen.set(id, (seen.get(id) ?? 0) + 1);
        }
        expect([...seen.values()].every((n) => n === 1)).toBe(true);
        const merchantIds = [...seen.keys()].filter((id) => id.startsWith('merchant:'));
        const entryIds = [...seen.keys()].filter((id) => id.startsWith('entry:'));
        const settlementIds = [...seen.keys()].filter((id) => id.startsWith('settlement:'));
        expect(merchantIds).toHaveLength(data.inWindow.merchant);
        expect(entryIds).toHaveLength(data.inWindow.entries);
        expect(settlementIds).toEqual(['settlement:S-day']);
        expect(report.inputs).toEqual({
          merchant: data.inWindow.merchant,
          provider: data.inWindow.entries + 1,
        });
        expect(report.excluded.length).toBeGreaterThan(0);
      });

      it('adds up: category counts, amounts and differences; variance; settlement totals', () => {
        const rows = Object.values(report.summary);
        expect(rows.reduce((n, r) => n + r.count, 0)).toBe(report.items.length);
        expect(rows.reduce((n, r) => n + r.amount, 0n)).toBe(
          report.items.reduce((n, i) => n + i.amount, 0n),
        );
        const unexplained = report.items
          .filter((i) => i.category !== 'matched')
          .reduce((n, i) => n + i.difference, 0n);
        expect(report.totals.variance).toBe(unexplained);
        expect(report.summary.matched.difference).toBe(0n);
        expect(report.totals.net).toBe(
          report.totals.gross - report.totals.fees - report.totals.refunds,
        );
        expect(report.totals.settled).toBe(report.totals.net - 777n);
        const settlement = report.items.find((i) => i.kind === 'settlement');
        expect(settlement?.category).toBe('settlement_total_mismatch');
        expect(settlement?.difference).toBe(-777n);
      });

      it('is byte-identical whatever the order of the inputs and queries', () => {
        const json = reportToJson(report);
        const csv = reportToCsv(report);
        for (const seed of [11, 12, 13]) {
          const again = reconcileDay(data, seed);
          expect(reportToJson(again)).toBe(json);
          expect(reportToCsv(again)).toBe(csv);
        }
      });
    });
  }

  it('names the pair of statuses and makes only status_mismatch items repairable', () => {
    const data = generateDay({
      day: '2026-11-24',
      timeZone: 'Asia/Jakarta',
      currency: 'IDR',
      seed: 9,
      orders: 20,
      inject: { status_mismatch: 3, settled_not_succeeded: 2 },
      chargeBps: 250,
      payoutBps: 100,
      tolerance: 0n,
    });
    const report = reconcileDay(data);
    const stuck = report.items.filter((i) => i.category === 'status_mismatch');
    expect(stuck.map((i) => i.statusPair)).toEqual(
      stuck.map(() => ({ merchant: 'pending', provider: 'succeeded' })),
    );
    const reversed = report.items.filter((i) => i.category === 'settled_not_succeeded');
    expect(reversed.map((i) => i.statusPair)).toEqual(
      reversed.map(() => ({ merchant: 'failed', provider: 'failed' })),
    );
  });
});

describe('business day', () => {
  it('is [00:00, 24:00) local time in UTC, per IANA zone', () => {
    const jakarta = businessDay('2026-11-24', 'Asia/Jakarta');
    expect(new Date(jakarta.start).toISOString()).toBe('2026-11-23T17:00:00.000Z');
    expect(new Date(jakarta.end).toISOString()).toBe('2026-11-24T17:00:00.000Z');
    expect(new Date(businessDay('2026-11-24', 'Asia/Bangkok').start).toISOString()).toBe(
      '2026-11-23T17:00:00.000Z',
    );
    expect(new Date(businessDay('2026-11-24', 'Asia/Karachi').start).toISOString()).toBe(
      '2026-11-23T19:00:00.000Z',
    );
    // A zone with daylight saving: 8 March 2026 in New York has 23 hours.
    const spring = businessDay('2026-03-08', 'America/New_York');
    expect(new Date(spring.start).toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(spring.end - spring.start).toBe(23 * HOUR);
  });

  it('refuses a bad day or zone with a ValidationError naming the field', () => {
    for (const [day, zone, field] of [
      ['2026-02-30', 'Asia/Jakarta', 'day'],
      ['24/11/2026', 'Asia/Jakarta', 'day'],
      ['2026-11-24', 'Mars/Olympus', 'timeZone'],
      ['2026-11-24', '', 'timeZone'],
    ] as const) {
      let error: unknown;
      try {
        businessDay(day, zone);
      } catch (thrown) {
        error = thrown;
      }
      expect(ValidationError.isInstance(error)).toBe(true);
      expect((error as ValidationError).field).toBe(field);
    }
  });
});

describe('day boundaries and exact amounts', () => {
  const zones = [
    ['Asia/Jakarta', 'IDR', 15_000_000n],
    ['Asia/Bangkok', 'THB', 12_345n],
    ['Asia/Karachi', 'PKR', 99_999_999_999_999_999_999n],
  ] as const;
  for (const [timeZone, currency, amount] of zones) {
    it(`${timeZone}: 23:59:59.999 and 00:00 the next day land on different days (${currency})`, () => {
      const d1 = businessDay('2026-11-24', timeZone);
      const late = d1.end - 1;
      const early = d1.end;
      const charge = (reference: string, time: number): MerchantRecord => ({
        kind: 'charge',
        reference,
        money: { amount, currency },
        status: 'succeeded',
        time: new Date(time),
      });
      const entry = (reference: string, time: number): StatementEntry => ({
        object: 'statement_entry',
        provider: 'p',
        reference: `E-${reference}`,
        time: new Date(time),
        type: 'payment',
        orderReference: reference,
        amount: { amount, currency },
        balanceAfter: { amount: 0n, currency },
      });
      const report = (day: string) =>
        buildReport({
          provider: 'p',
          rules: reconcileRules({
            day: businessDay(day, timeZone),
            currency,
            lookAroundMs: HOUR,
            tolerance: 0n,
            now: d1.end,
            settlementLagDays: 1,
            settledDays: [],
            probableWindowMs: 0,
          }),
          merchant: [charge('late', late), charge('early', early)],
          records: {
            entries: [entry('late', late), entry('early', early)],
            settlements: [],
            queried: new Map(),
          },
        });
      const first = report('2026-11-24');
      const second = report('2026-11-25');
      expect(first.items.map((i) => [i.reference, i.category])).toEqual([['late', 'matched']]);
      expect(second.items.map((i) => [i.reference, i.category])).toEqual([['early', 'matched']]);
      expect(first.excluded).toEqual(['entry:E-early', 'merchant:charge:early']);
      expect(first.totals.gross).toBe(amount);
      expect(first.items[0]?.amount).toBe(amount);
      expect(JSON.parse(reportToJson(first)).totals.gross).toBe(amount.toString());
    });
  }
});

describe('report output', () => {
  const data = generateDay({
    day: '2026-11-24',
    timeZone: 'Asia/Jakarta',
    currency: 'IDR',
    seed: 5,
    orders: 12,
    inject: { amount_mismatch: 1, missing_at_provider: 1 },
    chargeBps: 250,
    payoutBps: 100,
    tolerance: 100n,
  });
  const report = reconcileDay(data);

  it('JSON: sorted keys, amounts as strings of minor units, UTC times', () => {
    const json = reportToJson(report);
    const parsed = JSON.parse(json);
    expect(Object.keys(parsed)).toEqual([...Object.keys(parsed)].sort());
    expect(typeof parsed.totals.gross).toBe('string');
    expect(parsed.start).toBe('2026-11-23T17:00:00.000Z');
    expect(parsed.items.map((i: { id: string }) => i.id)).toEqual(
      [...parsed.items.map((i: { id: string }) => i.id)].sort(),
    );
    expect(Object.keys(parsed.summary)).toEqual([...RECONCILIATION_CATEGORIES].sort());
    expect(json.endsWith('\n')).toBe(true);
  });

  it('CSV: the fixed header, one row per item, quoted cells, no formulas', () => {
    const csv = reportToCsv({
      ...report,
      items: [
        ...report.items,
        {
          ...(report.items[0] as ReconciliationReport['items'][number]),
          id: 'zz',
          reference: '=HYPERLINK("x")',
          detail: 'a, "b"\nc',
        },
      ],
    });
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(RECONCILIATION_CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(report.items.length + 3);
    expect(lines.at(-1)).toBe('');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('"a, ""b""\nc"');
  });
});

describe('fee rates', () => {
  it('are checked in the unit the provider charges in (IDR: whole rupiah)', () => {
    const day = businessDay('2026-11-24', 'Asia/Jakarta');
    const time = new Date(day.start + 5 * HOUR);
    const entry = (reference: string, type: 'payment' | 'fee', amount: bigint): StatementEntry => ({
      object: 'statement_entry',
      provider: 'p',
      reference,
      time,
      type,
      orderReference: 'odd-1',
      amount: { amount, currency: 'IDR' },
      balanceAfter: { amount: 0n, currency: 'IDR' },
    });
    // Rp 123.457 at 2.5 %: Rp 3.086,425 — OTGPAY charges Rp 3.086.
    const report = (unit?: bigint) =>
      buildReport({
        provider: 'p',
        rules: reconcileRules({
          day,
          currency: 'IDR',
          lookAroundMs: HOUR,
          tolerance: 0n,
          fees: { chargeBps: 250, ...(unit === undefined ? {} : { unit }) },
          now: day.end,
          settlementLagDays: 1,
          settledDays: [],
          probableWindowMs: 0,
        }),
        merchant: [
          {
            kind: 'charge',
            reference: 'odd-1',
            money: { amount: 12_345_700n, currency: 'IDR' },
            status: 'succeeded',
            time,
          },
        ],
        records: {
          entries: [entry('E1', 'payment', 12_345_700n), entry('E2', 'fee', -308_600n)],
          settlements: [],
          queried: new Map(),
        },
      }).items[0];
    expect(report(100n)?.category).toBe('matched');
    expect(report()?.category).toBe('fee_mismatch');
    expect(report()?.detail).toBe('fee 308600, configured rate 308642 (minor units)');
  });
});

describe('matching by provider reference', () => {
  it('joins a merchant order to the provider order holding its provider reference', () => {
    const day = businessDay('2026-11-24', 'Asia/Bangkok');
    const time = new Date(day.start + 3 * HOUR);
    const money = { amount: 150_000n, currency: 'THB' };
    const entry = (reference: string, type: 'payment' | 'fee', amount: bigint): StatementEntry => ({
      object: 'statement_entry',
      provider: 'p',
      reference,
      time,
      type,
      orderReference: 'gw-7',
      amount: { amount, currency: 'THB' },
      balanceAfter: { amount: 0n, currency: 'THB' },
    });
    const merchant: MerchantRecord[] = [
      {
        kind: 'charge',
        reference: 'shop-7',
        providerReference: 'P7',
        money,
        status: 'succeeded',
        time,
      },
    ];
    const entries = [entry('E1', 'payment', 150_000n), entry('E2', 'fee', -3_750n)];
    const groups = groupOrders(merchant, entries);
    const queries = planQueries(groups.values());
    expect(queries).toEqual([
      { kind: 'charge', reference: 'gw-7' },
      { kind: 'charge', reference: 'shop-7' },
    ]);
    const queried = new Map<string, QueriedOrder>([
      ['charge:shop-7', { kind: 'charge', found: false }],
      [
        'charge:gw-7',
        {
          kind: 'charge',
          found: true,
          charge: {
            object: 'charge',
            provider: 'p',
            reference: 'gw-7',
            providerReference: 'P7',
            money,
            status: 'succeeded',
            fee: { amount: 3_750n, currency: 'THB' },
            paidAt: time,
            refunded: { amount: 0n, currency: 'THB' },
            refunds: [],
          },
        },
      ],
    ]);
    const report = buildReport({
      provider: 'p',
      rules: reconcileRules({
        day,
        currency: 'THB',
        lookAroundMs: HOUR,
        tolerance: 0n,
        fees: { chargeBps: 250 },
        now: day.end,
        settlementLagDays: 1,
        settledDays: [],
        probableWindowMs: 0,
      }),
      merchant,
      records: { entries, settlements: [], queried },
    });
    expect(report.items.map((i) => [i.id, i.category, i.inputs])).toEqual([
      ['charge:shop-7', 'matched', ['entry:E1', 'entry:E2', 'merchant:charge:shop-7']],
    ]);
    expect(report.items[0]?.detail).toMatch(
      /^matched by provider reference P7 \(the provider has it as gw-7\)/,
    );
  });
});
