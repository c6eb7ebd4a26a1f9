import type { StatementEntry } from '../resources/statement-entry.js';
import { RECONCILIATION_CATEGORIES, type ReconciliationCategory } from './category.js';
import { classifyOrder, type OrderVerdict } from './classify-order.js';
import { type GroupFacts, groupFacts } from './group-facts.js';
import type { MerchantRecord } from './merchant-record.js';
import { entryInputId, groupOrders, merchantInputId, type OrderGroup } from './order-group.js';
import { pairProbable } from './probable-pairs.js';
import type { ProviderRecords, QueriedOrder } from './provider-records.js';
import { matchByProviderReference } from './provider-reference-match.js';
import type {
  CategorySummary,
  ReconciliationItem,
  ReconciliationReport,
  ReconciliationTotals,
} from './report.js';
import type { ReconcileRules } from './rules.js';
import { checkSettlements } from './settlement-check.js';

/** Everything {@link buildReport} needs: both sides' records and the rules to judge them by. */
export interface BuildReportInput {
  /** Id of the provider instance reconciled; copied into the report. */
  readonly provider: string;
  /** The business day, currency, tolerance, fees and clock (from {@link reconcileRules}). */
  readonly rules: ReconcileRules;
  /** The merchant's records; those outside the look-around window are ignored. */
  readonly merchant: readonly MerchantRecord[];
  /** The provider's statement entries, settlements and per-order query answers. */
  readonly records: ProviderRecords;
}

interface Classified {
  readonly group: OrderGroup;
  readonly facts: GroupFacts;
  readonly verdict: OrderVerdict;
  readonly query: QueriedOrder | undefined;
}

const abs = (value: bigint) => (value < 0n ? -value : value);

function inputsOf(group: OrderGroup): string[] {
  return [
    ...group.orders.map(merchantInputId),
    ...group.refunds.map(merchantInputId),
    ...[...group.main, ...group.fees, ...group.refundEntries].map(entryInputId),
  ].sort();
}

function toItem(
  { group, facts, verdict, query }: Classified,
  currency: string,
): ReconciliationItem {
  const providerReference =
    group.orders[0]?.providerReference ??
    (query?.found
      ? query.kind === 'charge'
        ? query.charge.providerReference
        : query.payout.providerReference
      : undefined);
  return {
    id: group.id,
    category: verdict.category,
    kind: group.kind,
    reference: group.reference,
    ...(providerReference === undefined ? {} : { providerReference }),
    currency,
    amount: verdict.amount,
    difference: verdict.difference,
    ...(facts.merchant ? { merchant: facts.merchant } : {}),
    ...(facts.provider ? { provider: facts.provider } : {}),
    ...(verdict.statusPair ? { statusPair: verdict.statusPair } : {}),
    cutOff: verdict.cutOff,
    queried: query !== undefined,
    detail: verdict.detail,
    inputs: inputsOf(group),
  };
}

function touchesDay(group: OrderGroup, rules: ReconcileRules): boolean {
  const inDay = (t: number) => t >= rules.day.start && t < rules.day.end;
  return (
    group.orders.some((r) => inDay(r.time.getTime())) ||
    group.refunds.some((r) => inDay(r.time.getTime())) ||
    [...group.main, ...group.fees, ...group.refundEntries].some((e) => inDay(e.time.getTime()))
  );
}

function summarize(items: readonly ReconciliationItem[]) {
  const summary = Object.fromEntries(
    RECONCILIATION_CATEGORIES.map((c) => [c, { count: 0, amount: 0n, difference: 0n }]),
  ) as Record<ReconciliationCategory, { count: number; amount: bigint; difference: bigint }>;
  for (const item of items) {
    const row = summary[item.category];
    row.count += 1;
    row.amount += item.amount;
    row.difference += item.difference;
  }
  return summary as Record<ReconciliationCategory, CategorySummary>;
}

/**
 * The pure matching engine: merchant records and provider records of one window in, one
 * report out. Same inputs (in any order) give the same report. No I/O; queries the
 * caller must make first come from `planQueries`.
 */
export function buildReport(input: BuildReportInput): ReconciliationReport {
  const { rules } = input;
  const from = rules.day.start - rules.lookAroundMs;
  const to = rules.day.end + rules.lookAroundMs;
  const inWindow = (time: Date) => time.getTime() >= from && time.getTime() < to;
  const merchant = input.merchant.filter((record) => inWindow(record.time));
  const entries = input.records.entries.filter((entry) => inWindow(entry.time));
  const daySettlements = input.records.settlements.filter((s) => s.date === rules.day.day);

  const groups = groupOrders(merchant, entries);
  const viaProvider = matchByProviderReference(groups, input.records.queried);
  const excluded: string[] = [];
  const classified: Classified[] = [];
  for (const group of [...groups.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (!touchesDay(group, rules)) {
      excluded.push(...inputsOf(group));
      continue;
    }
    const match = viaProvider.get(group.id);
    const query = match?.query ?? input.records.queried.get(`${group.kind}:${group.reference}`);
    const facts = groupFacts(group, query);
    const verdict = classifyOrder(group, facts, rules);
    classified.push({
      group,
      facts,
      query,
      verdict: match
        ? {
            ...verdict,
            detail: `matched by provider reference ${match.via} (the provider has it as ${group.providerOrderReference}); ${verdict.detail}`,
          }
        : verdict,
    });
  }

  const items: ReconciliationItem[] = [];
  const paired = pairProbable(classified, rules.probableWindowMs);
  for (const entry of classified) {
    const pairing = paired.get(entry.group.id);
    if (pairing === 'absorbed') continue;
    const item = toItem(entry, rules.currency);
    if (!pairing) {
      items.push(item);
      continue;
    }
    const other = pairing;
    items.push({
      ...item,
      category: 'probable_match',
      probableReference: other.group.reference,
      ...(other.facts.provider ? { provider: other.facts.provider } : {}),
      difference: 0n,
      cutOff: item.cutOff || other.verdict.cutOff,
      detail: `no provider record under ${entry.group.reference}; ${other.group.reference} has the same amount and currency ${Math.round(
        Math.abs(
          (entry.facts.merchant?.time?.getTime() ?? 0) -
            (other.facts.provider?.time?.getTime() ?? 0),
        ) / 1000,
      )} s apart`,
      inputs: [...item.inputs, ...inputsOf(other.group)].sort(),
    });
  }

  const kindOf = new Map<string, 'charge' | 'payout'>();
  for (const group of groups.values()) {
    for (const entry of group.fees) kindOf.set(entry.reference, group.kind);
  }
  const inDay = (entry: StatementEntry) =>
    entry.time.getTime() >= rules.day.start && entry.time.getTime() < rules.day.end;
  const sum = (type: StatementEntry['type'], kind?: 'charge' | 'payout') =>
    entries
      .filter(
        (e) =>
          inDay(e) && e.type === type && (kind === undefined || kindOf.get(e.reference) === kind),
      )
      .reduce((total, e) => total + abs(e.amount.amount), 0n);
  const ledger = { gross: sum('payment'), fees: sum('fee', 'charge'), refunds: sum('refund') };
  const settlementItem = checkSettlements(rules.day.day, rules.currency, daySettlements, ledger);
  if (settlementItem) items.push(settlementItem);
  items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const summary = summarize(items);
  const variance = items
    .filter((item) => item.category !== 'matched')
    .reduce((total, item) => total + item.difference, 0n);
  const totals: ReconciliationTotals = {
    gross: ledger.gross,
    fees: ledger.fees,
    refunds: ledger.refunds,
    net: ledger.gross - ledger.fees - ledger.refunds,
    settled: daySettlements.reduce((total, s) => total + s.net.amount, 0n),
    payouts: sum('payout'),
    payoutFees: sum('fee', 'payout'),
    variance,
  };
  return {
    object: 'reconciliation_report',
    provider: input.provider,
    currency: rules.currency,
    day: rules.day.day,
    timeZone: rules.day.timeZone,
    start: new Date(rules.day.start),
    end: new Date(rules.day.end),
    lookAroundMs: rules.lookAroundMs,
    tolerance: rules.tolerance,
    items,
    summary,
    totals,
    inputs: { merchant: merchant.length, provider: entries.length + daySettlements.length },
    excluded: excluded.sort(),
    repaired: 0,
  };
}
