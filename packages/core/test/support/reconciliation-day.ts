import {
  businessDay,
  type Charge,
  type MerchantRecord,
  type Payout,
  type QueriedOrder,
  RECONCILIATION_CATEGORIES,
  type ReconciliationCategory,
  type Settlement,
  type StatementEntry,
} from '../../src/index.js';

/** A small deterministic PRNG (mulberry32), so a generated day is the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Injected = Exclude<ReconciliationCategory, 'matched'>;

export interface GeneratedDay {
  readonly day: string;
  readonly timeZone: string;
  readonly currency: string;
  readonly start: number;
  readonly end: number;
  readonly merchant: MerchantRecord[];
  readonly entries: StatementEntry[];
  readonly settlements: Settlement[];
  /** What a per-order query answers (absent: not found). */
  readonly truth: Map<string, QueriedOrder>;
  /** How many items of each category the report must contain. */
  readonly expected: Record<ReconciliationCategory, number>;
  /** Merchant inputs inside the window, provider entries inside the window. */
  readonly inWindow: { merchant: number; entries: number };
  readonly now: number;
}

export interface DayOptions {
  readonly day: string;
  readonly timeZone: string;
  readonly currency: string;
  readonly seed: number;
  /** Plain matched charges (payouts and refunds are added on top). */
  readonly orders: number;
  /** How many of each injected category. */
  readonly inject: Partial<Record<Injected, number>>;
  readonly chargeBps: number;
  readonly payoutBps: number;
  readonly tolerance: bigint;
}

const HOUR = 3_600_000;

/**
 * A generated business day: `orders` charges that match, paid and refunded payouts and
 * charges that match, unpaid and failed charges the provider confirms by query, orders of
 * neighbouring days inside the look-around window, and every category injected exactly
 * `inject[category]` times.
 */
export function generateDay(options: DayOptions): GeneratedDay {
  const random = prng(options.seed);
  const { currency } = options;
  const window = businessDay(options.day, options.timeZone);
  const merchant: MerchantRecord[] = [];
  const entries: StatementEntry[] = [];
  const truth = new Map<string, QueriedOrder>();
  const expected = Object.fromEntries(RECONCILIATION_CATEGORIES.map((c) => [c, 0])) as Record<
    ReconciliationCategory,
    number
  >;
  let entrySeq = 0;
  let orderSeq = 0;
  const money = (amount: bigint, cur = currency) => ({ amount, currency: cur });
  const amount = () => BigInt(10_000 + Math.floor(random() * 990_000)) * 100n;
  // Times keep clear of midnight (refunds follow 30 min later) unless a case asks for the edge.
  const timeInDay = () =>
    window.start + 10 * 60_000 + Math.floor(random() * (window.end - window.start - 80 * 60_000));
  const entry = (
    type: StatementEntry['type'],
    orderReference: string,
    signed: bigint,
    time: number,
  ) => {
    entrySeq += 1;
    const e: StatementEntry = {
      object: 'statement_entry',
      provider: 'p',
      reference: `E${String(entrySeq).padStart(6, '0')}`,
      time: new Date(time),
      type,
      orderReference,
      amount: money(signed),
      balanceAfter: money(0n),
    };
    entries.push(e);
    return e;
  };
  const fee = (value: bigint, bps: number) => (value * BigInt(bps)) / 10_000n;
  const chargeTruth = (
    reference: string,
    value: bigint,
    status: Charge['status'],
    time: number,
    extra: Partial<Charge> = {},
  ) => {
    truth.set(`charge:${reference}`, {
      kind: 'charge',
      found: true,
      charge: {
        object: 'charge',
        provider: 'p',
        reference,
        providerReference: `P-${reference}`,
        money: money(value),
        status,
        fee: money(status === 'succeeded' ? fee(value, options.chargeBps) : 0n),
        ...(status === 'succeeded' || status === 'failed' ? { paidAt: new Date(time) } : {}),
        refunded: money(0n),
        refunds: [],
        ...extra,
      },
    });
  };
  const ref = (prefix: string) => {
    orderSeq += 1;
    return `${prefix}-${String(orderSeq).padStart(5, '0')}`;
  };
  /** A charge both sides agree on, paid at `time` (+ `paidLag` at the provider). */
  const paidCharge = (
    reference: string,
    options2: { time?: number; providerTime?: number; value?: bigint; merchant?: boolean } = {},
  ) => {
    const time = options2.time ?? timeInDay();
    const value = options2.value ?? amount();
    const providerTime = options2.providerTime ?? time + 20_000;
    if (options2.merchant !== false) {
      merchant.push({
        kind: 'charge',
        reference,
        money: money(value),
        status: 'succeeded',
        time: new Date(time),
      });
    }
    entry('payment', reference, value, providerTime);
    entry('fee', reference, -fee(value, options.chargeBps), providerTime);
    chargeTruth(reference, value, 'succeeded', providerTime);
    return { time, value, providerTime };
  };

  for (let i = 0; i < options.orders; i++) {
    paidCharge(ref('ord'));
    expected.matched += 1;
  }
  // A third of the orders again as unpaid and failed charges (confirmed by query).
  for (let i = 0; i < Math.ceil(options.orders / 6); i++) {
    for (const status of ['pending', 'failed'] as const) {
      const reference = ref(status);
      const time = timeInDay();
      const value = amount();
      merchant.push({
        kind: 'charge',
        reference,
        money: money(value),
        status,
        time: new Date(time),
      });
      chargeTruth(reference, value, status, time, {
        fee: money(0n),
      });
      expected.matched += 1;
    }
  }
  // Refunded charges and payouts that match.
  for (let i = 0; i < Math.ceil(options.orders / 10); i++) {
    const reference = ref('rfd');
    const paid = paidCharge(reference);
    const back = paid.value / 4n;
    merchant.push({
      kind: 'refund',
      reference: `${reference}-r1`,
      chargeReference: reference,
      money: money(back),
      status: 'succeeded',
      time: new Date(paid.time + HOUR / 2),
    });
    entry('refund', reference, -back, paid.time + HOUR / 2);
    expected.matched += 1;

    const payout = ref('pay');
    const time = timeInDay();
    const value = amount();
    merchant.push({
      kind: 'payout',
      reference: payout,
      money: money(value),
      status: 'succeeded',
      time: new Date(time),
    });
    entry('payout', payout, -value, time + 5_000);
    entry('fee', payout, -fee(value, options.payoutBps), time + 5_000);
    truth.set(`payout:${payout}`, {
      kind: 'payout',
      found: true,
      payout: {
        object: 'payout',
        provider: 'p',
        reference: payout,
        providerReference: `W-${payout}`,
        money: money(value),
        status: 'succeeded',
        fee: money(fee(value, options.payoutBps)),
        completedAt: new Date(time + 5_000),
      },
    });
    expected.matched += 1;
  }
  // Orders of the neighbouring days inside the look-around window: not part of this day.
  paidCharge(ref('prev'), { time: window.start - 30 * 60_000 });
  paidCharge(ref('next'), { time: window.end + 30 * 60_000 });

  const times = (category: Injected) => options.inject[category] ?? 0;
  for (let i = 0; i < times('duplicate'); i++) {
    const reference = ref('dup');
    const paid = paidCharge(reference);
    entry('payment', reference, paid.value, paid.providerTime + 1_000);
    entry('fee', reference, -fee(paid.value, options.chargeBps), paid.providerTime + 1_000);
    expected.duplicate += 1;
  }
  for (let i = 0; i < times('missing_in_merchant_records'); i++) {
    paidCharge(ref('ghost'), { merchant: false });
    expected.missing_in_merchant_records += 1;
  }
  for (let i = 0; i < times('probable_match'); i++) {
    const time = timeInDay();
    const value = amount() + 7n; // unique enough to pair with its own twin only
    merchant.push({
      kind: 'charge',
      reference: ref('mine'),
      money: money(value),
      status: 'succeeded',
      time: new Date(time),
    });
    paidCharge(ref('theirs'), { merchant: false, time, providerTime: time + 90_000, value });
    expected.probable_match += 1;
  }
  for (let i = 0; i < times('missing_at_provider'); i++) {
    merchant.push({
      kind: 'charge',
      reference: ref('lost'),
      money: money(amount() + 3n),
      status: 'pending',
      time: new Date(timeInDay()),
    });
    expected.missing_at_provider += 1;
  }
  for (let i = 0; i < times('currency_mismatch'); i++) {
    const reference = ref('cur');
    paidCharge(reference);
    const record = merchant.at(-1) as MerchantRecord;
    merchant[merchant.length - 1] = { ...record, money: money(record.money.amount, 'USD') };
    expected.currency_mismatch += 1;
  }
  for (let i = 0; i < times('amount_mismatch'); i++) {
    const reference = ref('amt');
    const time = timeInDay();
    const value = amount();
    merchant.push({
      kind: 'charge',
      reference,
      money: money(value),
      status: 'succeeded',
      time: new Date(time),
    });
    const paid = value + options.tolerance + 1_000n;
    entry('payment', reference, paid, time + 1_000);
    entry('fee', reference, -fee(paid, options.chargeBps), time + 1_000);
    expected.amount_mismatch += 1;
  }
  for (let i = 0; i < times('matched_within_tolerance'); i++) {
    const reference = ref('tol');
    const time = timeInDay();
    const value = amount();
    merchant.push({
      kind: 'charge',
      reference,
      money: money(value),
      status: 'succeeded',
      time: new Date(time),
    });
    const paid = value + options.tolerance;
    entry('payment', reference, paid, time + 1_000);
    entry('fee', reference, -fee(paid, options.chargeBps), time + 1_000);
    expected.matched_within_tolerance += 1;
  }
  for (let i = 0; i < times('settled_not_succeeded'); i++) {
    const reference = ref('rev');
    const paid = paidCharge(reference);
    merchant[merchant.length - 1] = { ...(merchant.at(-1) as MerchantRecord), status: 'failed' };
    chargeTruth(reference, paid.value, 'failed', paid.providerTime);
    expected.settled_not_succeeded += 1;
  }
  for (let i = 0; i < times('status_mismatch'); i++) {
    paidCharge(ref('stuck'));
    merchant[merchant.length - 1] = { ...(merchant.at(-1) as MerchantRecord), status: 'pending' };
    expected.status_mismatch += 1;
  }
  for (let i = 0; i < times('refund_mismatch'); i++) {
    const reference = ref('rfx');
    const paid = paidCharge(reference);
    const back = paid.value / 5n;
    merchant.push({
      kind: 'refund',
      reference: `${reference}-r1`,
      chargeReference: reference,
      money: money(back),
      status: 'succeeded',
      time: new Date(paid.time + 60_000),
    });
    entry('refund', reference, -back, paid.time + 60_000);
    entry('refund', reference, -back, paid.time + 61_000); // settled twice
    expected.refund_mismatch += 1;
  }
  for (let i = 0; i < times('fee_mismatch'); i++) {
    const reference = ref('fee');
    const time = timeInDay();
    const value = amount();
    merchant.push({
      kind: 'charge',
      reference,
      money: money(value),
      status: 'succeeded',
      time: new Date(time),
    });
    entry('payment', reference, value, time + 1_000);
    entry(
      'fee',
      reference,
      -(fee(value, options.chargeBps) + options.tolerance + 500n),
      time + 1_000,
    );
    expected.fee_mismatch += 1;
  }
  for (let i = 0; i < times('succeeded_not_settled'); i++) {
    const reference = ref('unbooked');
    const time = timeInDay();
    const value = amount();
    merchant.push({
      kind: 'charge',
      reference,
      money: money(value),
      status: 'succeeded',
      time: new Date(time),
    });
    chargeTruth(reference, value, 'succeeded', time + 1_000);
    expected.succeeded_not_settled += 1;
  }
  for (let i = 0; i < times('cut_off_timing'); i++) {
    // 23:59:30 at the merchant, 00:00:30 of the next day at the provider (or the reverse).
    const before = i % 2 === 0;
    const edge = before ? window.end : window.start;
    paidCharge(ref('edge'), { time: edge - 30_000, providerTime: edge + 30_000 });
    expected.cut_off_timing += 1;
  }

  // The day's settlement, from the day's entries; the neighbouring days are settled too.
  const payments = new Set(
    entries.filter((e) => e.type === 'payment').map((e) => e.orderReference),
  );
  const inDay = (e: StatementEntry) =>
    e.time.getTime() >= window.start && e.time.getTime() < window.end;
  const total = (pick: (e: StatementEntry) => boolean) =>
    entries
      .filter((e) => inDay(e) && pick(e))
      .reduce((t, e) => t + (e.amount.amount < 0n ? -e.amount.amount : e.amount.amount), 0n);
  const gross = total((e) => e.type === 'payment');
  const fees = total((e) => e.type === 'fee' && payments.has(e.orderReference));
  const refunds = total((e) => e.type === 'refund');
  const short = times('settlement_total_mismatch') > 0 ? 777n : 0n;
  const settlement = (
    date: string,
    reference: string,
    g: bigint,
    f: bigint,
    n: bigint,
  ): Settlement => ({
    object: 'settlement',
    provider: 'p',
    reference,
    date,
    gross: money(g),
    fee: money(f),
    net: money(n),
    status: 'settled',
  });
  const settlements = [
    settlement(options.day, 'S-day', gross, fees, gross - fees - refunds - short),
    settlement(localDay(window.start - HOUR, options.timeZone), 'S-prev', 1n, 0n, 1n),
    settlement(localDay(window.end + HOUR, options.timeZone), 'S-next', 1n, 0n, 1n),
  ];
  if (short > 0n) expected.settlement_total_mismatch += 1;
  else expected.matched += 1;

  const from = window.start - 2 * HOUR;
  const to = window.end + 2 * HOUR;
  return {
    day: options.day,
    timeZone: options.timeZone,
    currency,
    start: window.start,
    end: window.end,
    merchant,
    entries,
    settlements,
    truth,
    expected,
    inWindow: {
      merchant: merchant.filter((r) => r.time.getTime() >= from && r.time.getTime() < to).length,
      entries: entries.filter((e) => e.time.getTime() >= from && e.time.getTime() < to).length,
    },
    now: window.end + 3 * 24 * HOUR,
  };
}

function localDay(ms: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(ms));
  return parts;
}

export type { Payout };
