import type { Settlement } from '../resources/settlement.js';
import type { ReconciliationItem } from './report.js';

/** The money a business day's ledger entries say the settlement must pay. */
export interface DayLedger {
  readonly gross: bigint;
  readonly fees: bigint;
  readonly refunds: bigint;
}

/**
 * One item for the settlement records dated on the business day: `matched` when their
 * gross, fee and net add up to the day's ledger (net = gross − fees − refunds), else
 * `settlement_total_mismatch`. No item when the day has no settlement record (its
 * orders then carry `succeeded_not_settled` once the lag has passed).
 */
export function checkSettlements(
  day: string,
  currency: string,
  records: readonly Settlement[],
  ledger: DayLedger,
): ReconciliationItem | undefined {
  if (records.length === 0) return undefined;
  const sum = (pick: (s: Settlement) => bigint) => records.reduce((t, s) => t + pick(s), 0n);
  const gross = sum((s) => s.gross.amount);
  const fee = sum((s) => s.fee.amount);
  const net = sum((s) => s.net.amount);
  const expectedNet = ledger.gross - ledger.fees - ledger.refunds;
  const problems: string[] = [];
  if (gross !== ledger.gross) problems.push(`gross ${gross} ≠ ledger ${ledger.gross}`);
  if (fee !== ledger.fees) problems.push(`fee ${fee} ≠ ledger ${ledger.fees}`);
  if (net !== expectedNet) problems.push(`net ${net} ≠ gross − fees − refunds ${expectedNet}`);
  const currencies = [...new Set(records.map((s) => s.net.currency))];
  if (currencies.some((c) => c !== currency)) problems.push(`currency ${currencies.join(',')}`);
  const references = records.map((s) => s.reference).sort();
  return {
    id: `settlement:${day}`,
    category: problems.length === 0 ? 'matched' : 'settlement_total_mismatch',
    kind: 'settlement',
    reference: day,
    ...(references.length === 1 ? { providerReference: references[0] as string } : {}),
    currency,
    amount: net,
    difference: net - expectedNet,
    merchant: { currency, amount: expectedNet },
    provider: { currency, amount: net, fee },
    cutOff: false,
    queried: false,
    detail:
      problems.length === 0
        ? `${records.length} settlement record(s) add up to the day's ledger`
        : problems.join('; '),
    inputs: references.map((reference) => `settlement:${reference}`),
  };
}
