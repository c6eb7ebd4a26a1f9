import type { StatementEntry } from '../resources/statement-entry.js';
import type { MerchantRecord } from './merchant-record.js';

/**
 * Everything both sides hold under one order reference: a charge with its refunds, or a
 * payout. Refunds are grouped under their charge; statement `fee` entries under the order
 * they were charged for.
 */
export interface OrderGroup {
  /** `charge:<ref>` or `payout:<ref>`; `entry:<ref>` for a statement entry naming no order. */
  readonly id: string;
  /** A charge (with its refunds) or a payout. */
  readonly kind: 'charge' | 'payout';
  /** The order's merchant reference (for an `entry:` group, the statement entry's). */
  readonly reference: string;
  /** The merchant's charge or payout records with this reference (more than one: duplicate). */
  readonly orders: MerchantRecord[];
  /** The merchant's refunds of this charge. */
  readonly refunds: MerchantRecord[];
  /** `payment` (charge) or `payout` entries. */
  readonly main: StatementEntry[];
  /** `fee` entries charged for this order. */
  readonly fees: StatementEntry[];
  /** `refund` entries of this charge (negative amounts). */
  readonly refundEntries: StatementEntry[];
  /** Set when matched by provider reference: the merchant reference the provider uses. */
  readonly providerOrderReference?: string;
}

export function merchantInputId(record: MerchantRecord): string {
  return record.kind === 'refund'
    ? `merchant:refund:${record.chargeReference ?? ''}:${record.reference}`
    : `merchant:${record.kind}:${record.reference}`;
}

export function entryInputId(entry: StatementEntry): string {
  return `entry:${entry.reference}`;
}

const compare = (a: string | bigint | number, b: string | bigint | number) =>
  a < b ? -1 : a > b ? 1 : 0;

function byRecord(a: MerchantRecord, b: MerchantRecord): number {
  return (
    compare(a.time.getTime(), b.time.getTime()) ||
    compare(a.reference, b.reference) ||
    compare(a.money.amount, b.money.amount) ||
    compare(a.money.currency, b.money.currency) ||
    compare(a.status, b.status)
  );
}

function byEntry(a: StatementEntry, b: StatementEntry): number {
  return compare(a.time.getTime(), b.time.getTime()) || compare(a.reference, b.reference);
}

function emptyGroup(id: string, kind: 'charge' | 'payout', reference: string): OrderGroup {
  return { id, kind, reference, orders: [], refunds: [], main: [], fees: [], refundEntries: [] };
}

/** Groups merchant records and statement entries by order. Input order does not matter. */
export function groupOrders(
  merchant: readonly MerchantRecord[],
  entries: readonly StatementEntry[],
): Map<string, OrderGroup> {
  const groups = new Map<string, OrderGroup>();
  const group = (kind: 'charge' | 'payout', reference: string, id = `${kind}:${reference}`) => {
    let found = groups.get(id);
    if (!found) {
      found = emptyGroup(id, kind, reference);
      groups.set(id, found);
    }
    return found;
  };
  for (const record of merchant) {
    if (record.kind === 'refund')
      group('charge', record.chargeReference ?? '').refunds.push(record);
    else group(record.kind, record.reference).orders.push(record);
  }
  const fees: StatementEntry[] = [];
  for (const entry of entries) {
    const reference = entry.orderReference;
    if (reference === undefined || reference === '') {
      const kind = entry.type === 'payout' ? 'payout' : 'charge';
      const orphan = group(kind, entry.reference, `entry:${entry.reference}`);
      if (entry.type === 'fee') orphan.fees.push(entry);
      else if (entry.type === 'refund') orphan.refundEntries.push(entry);
      else orphan.main.push(entry);
      continue;
    }
    if (entry.type === 'payment') group('charge', reference).main.push(entry);
    else if (entry.type === 'refund') group('charge', reference).refundEntries.push(entry);
    else if (entry.type === 'payout') group('payout', reference).main.push(entry);
    else fees.push(entry);
  }
  // A fee belongs to the payment of its order, else to the payout of that reference.
  for (const entry of fees) {
    const reference = entry.orderReference as string;
    const charge = groups.get(`charge:${reference}`);
    const payout = groups.get(`payout:${reference}`);
    const owner =
      charge && charge.main.length > 0
        ? charge
        : payout && payout.main.length > 0
          ? payout
          : (charge ?? payout ?? group('charge', reference));
    owner.fees.push(entry);
  }
  // Same records in any input order → same groups in the same order.
  for (const g of groups.values()) {
    g.orders.sort(byRecord);
    g.refunds.sort(byRecord);
    g.main.sort(byEntry);
    g.fees.sort(byEntry);
    g.refundEntries.sort(byEntry);
  }
  return groups;
}
