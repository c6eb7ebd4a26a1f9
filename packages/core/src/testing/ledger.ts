import type { Balance, Money, Settlement, StatementEntry, StatementEntryType } from '@paymux/core';
import { localDateOf } from './local-date.js';
import type { ReferenceSequence } from './reference-sequence.js';

interface Account {
  available: bigint;
  pending: bigint;
  frozen: bigint;
}

/** Unsettled activity of one currency on one day. */
interface DayBucket {
  readonly currency: string;
  readonly date: string;
  gross: bigint;
  fee: bigint;
  refunds: bigint;
}

/**
 * The merchant's money at the testing provider, following OTGPAY protocol §8:
 * `total = available + pending + frozen`; the statement is the ledger of `total`, each
 * entry's `balanceAfter` chained per currency. Payments (net of their fee) and refunds
 * move `pending`; payouts freeze `amount + fee` out of `available` until they finish;
 * settlement moves a day's net (gross − fees − refunds) from `pending` to `available`.
 */
export class Ledger {
  private readonly accounts = new Map<string, Account>();
  private readonly entries: StatementEntry[] = [];
  private readonly settlements: Settlement[] = [];
  private readonly buckets = new Map<string, DayBucket>();

  constructor(
    private readonly provider: string,
    private readonly references: ReferenceSequence,
  ) {}

  /** A successful payment: `PAYMENT +amount`, `FEE -fee`, both into `pending`. */
  recordPayment(orderReference: string, money: Money, fee: Money, time: Date): void {
    const account = this.account(money.currency);
    account.pending += money.amount - fee.amount;
    const bucket = this.bucket(money.currency, time);
    bucket.gross += money.amount;
    bucket.fee += fee.amount;
    this.append('payment', orderReference, money.amount, money.currency, time);
    if (fee.amount !== 0n) this.append('fee', orderReference, -fee.amount, money.currency, time);
  }

  /** A successful refund: `REFUND -amount`, out of `pending` (counted against the day). */
  recordRefund(orderReference: string, money: Money, time: Date): void {
    this.account(money.currency).pending -= money.amount;
    this.bucket(money.currency, time).refunds += money.amount;
    this.append('refund', orderReference, -money.amount, money.currency, time);
  }

  /** True when `available` covers `money` (a payout's amount plus fee). */
  canFreeze(money: Money): boolean {
    return this.account(money.currency).available >= money.amount;
  }

  /** A submitted payout: `amount + fee` moves from `available` to `frozen` (no entry). */
  freeze(money: Money): void {
    const account = this.account(money.currency);
    account.available -= money.amount;
    account.frozen += money.amount;
  }

  /** A finished payout: out of `frozen` with `PAYOUT`/`FEE` entries, or back to `available`. */
  releasePayout(
    orderReference: string,
    money: Money,
    fee: Money,
    succeeded: boolean,
    time: Date,
  ): void {
    const account = this.account(money.currency);
    account.frozen -= money.amount + fee.amount;
    if (!succeeded) {
      account.available += money.amount + fee.amount;
      return;
    }
    this.append('payout', orderReference, -money.amount, money.currency, time);
    if (fee.amount !== 0n) this.append('fee', orderReference, -fee.amount, money.currency, time);
  }

  /**
   * Settle every unsettled day up to and including `upTo` (`yyyy-MM-dd`, per currency in
   * its country time; default: today). Returns the new settlement records.
   */
  settle(now: Date, upTo?: string): Settlement[] {
    const made: Settlement[] = [];
    const due = [...this.buckets.values()]
      .filter((b) => b.date <= (upTo ?? localDateOf(now, b.currency)))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    for (const bucket of due) {
      const net = bucket.gross - bucket.fee - bucket.refunds;
      const account = this.account(bucket.currency);
      account.pending -= net;
      account.available += net;
      const settlement: Settlement = {
        object: 'settlement',
        provider: this.provider,
        reference: this.references.next('se'),
        date: bucket.date,
        gross: { amount: bucket.gross, currency: bucket.currency },
        fee: { amount: bucket.fee, currency: bucket.currency },
        net: { amount: net, currency: bucket.currency },
        status: 'settled',
      };
      this.settlements.push(settlement);
      made.push(settlement);
      this.buckets.delete(`${bucket.currency}|${bucket.date}`);
    }
    return made;
  }

  balance(currency: string): Balance {
    const { available, pending, frozen } = this.account(currency);
    const money = (amount: bigint): Money => ({ amount, currency });
    return {
      object: 'balance',
      provider: this.provider,
      currency,
      available: money(available),
      pending: money(pending),
      frozen: money(frozen),
      total: money(available + pending + frozen),
    };
  }

  /** Statement entries whose day (in the currency's country time) is in the range. */
  statement(startDate: string, endDate: string): StatementEntry[] {
    return this.entries.filter((e) =>
      inRange(localDateOf(e.time, e.amount.currency), startDate, endDate),
    );
  }

  settlementRecords(startDate: string, endDate: string): Settlement[] {
    return this.settlements.filter((s) => inRange(s.date, startDate, endDate));
  }

  private append(
    type: StatementEntryType,
    orderReference: string,
    amount: bigint,
    currency: string,
    time: Date,
  ): void {
    const previous = this.entries.findLast((e) => e.amount.currency === currency);
    const before = previous?.balanceAfter.amount ?? 0n;
    this.entries.push({
      object: 'statement_entry',
      provider: this.provider,
      reference: this.references.next('st'),
      time,
      type,
      orderReference,
      amount: { amount, currency },
      balanceAfter: { amount: before + amount, currency },
    });
  }

  private account(currency: string): Account {
    let account = this.accounts.get(currency);
    if (!account) {
      account = { available: 0n, pending: 0n, frozen: 0n };
      this.accounts.set(currency, account);
    }
    return account;
  }

  private bucket(currency: string, time: Date): DayBucket {
    const date = localDateOf(time, currency);
    const key = `${currency}|${date}`;
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = { currency, date, gross: 0n, fee: 0n, refunds: 0n };
      this.buckets.set(key, bucket);
    }
    return bucket;
  }
}

function inRange(date: string, startDate: string, endDate: string): boolean {
  return date >= startDate && date <= endDate;
}
