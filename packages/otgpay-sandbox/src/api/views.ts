import type { Country } from '../countries.js';
import { formatAmount } from '../money.js';
import type {
  Balance,
  LedgerEntry,
  PaymentRecord,
  PayoutRecord,
  RefundRecord,
  SettlementRecord,
} from '../state/types.js';
import { isoWithOffset } from '../time.js';

/** Wire shapes of `data` (protocol §4). Absent optional fields are left out. */

type Data = Record<string, unknown>;

/** `o` without its undefined fields. */
function compact(o: Data): Data {
  const out: Data = {};
  for (const key of Object.keys(o)) if (o[key] !== undefined) out[key] = o[key];
  return out;
}

export function paymentCreated(p: PaymentRecord, payUrl: string): Data {
  return compact({
    orderId: p.orderId,
    orderNo: p.orderNo,
    payUrl,
    bankCode: p.inBankCode,
    bankNo: p.bankNo,
    qrCode: p.qrCode,
    status: p.status,
  });
}

export function refundView(r: RefundRecord, c: Country): Data {
  return compact({
    refundId: r.refundId,
    refundNo: r.refundNo,
    amount: formatAmount(r.amount, c),
    status: r.status,
    reason: r.reason,
    time: isoWithOffset(r.time, c.offsetMinutes),
  });
}

export function payment(p: PaymentRecord, c: Country): Data {
  return compact({
    orderId: p.orderId,
    orderNo: p.orderNo,
    amount: formatAmount(p.amount, c),
    paidAmount: p.paidAmount === undefined ? undefined : formatAmount(p.paidAmount, c),
    currency: c.currency,
    payType: p.payType,
    status: p.status,
    fee: formatAmount(p.fee, c),
    payTime: p.payTime === undefined ? undefined : isoWithOffset(p.payTime, c.offsetMinutes),
    refundedAmount: formatAmount(p.refundedAmount, c),
    refunds: p.refunds.map((r) => refundView(r, c)),
  });
}

export function refundResult(p: PaymentRecord, r: RefundRecord, c: Country): Data {
  return {
    orderId: p.orderId,
    refundId: r.refundId,
    refundNo: r.refundNo,
    amount: formatAmount(r.amount, c),
    status: r.status,
  };
}

export function payoutSubmitted(p: PayoutRecord): Data {
  return { orderId: p.orderId, orderNo: p.orderNo, status: p.status };
}

export function payout(p: PayoutRecord, c: Country): Data {
  return compact({
    orderId: p.orderId,
    orderNo: p.orderNo,
    amount: formatAmount(p.amount, c),
    currency: c.currency,
    status: p.status,
    fee: formatAmount(p.fee, c),
    accountType: p.accountType,
    bankCode: p.bankCode,
    accountNo: p.accountNo,
    finishTime:
      p.finishTime === undefined ? undefined : isoWithOffset(p.finishTime, c.offsetMinutes),
    errorMsg: p.errorMsg,
  });
}

export function settlement(s: SettlementRecord, c: Country): Data {
  return {
    settlementNo: s.settlementNo,
    settleDate: s.settleDate,
    currency: c.currency,
    grossAmount: formatAmount(s.gross, c),
    fee: formatAmount(s.fee, c),
    netAmount: formatAmount(s.net, c),
    status: s.status,
  };
}

export function entry(e: LedgerEntry, c: Country): Data {
  return compact({
    entryNo: e.entryNo,
    time: isoWithOffset(e.time, c.offsetMinutes),
    type: e.type,
    orderId: e.orderId,
    amount: formatAmount(e.amount, c),
    balanceAfter: formatAmount(e.balanceAfter, c),
  });
}

export function balance(b: Balance, c: Country): Data {
  return {
    currency: c.currency,
    available: formatAmount(b.available, c),
    pending: formatAmount(b.pending, c),
    frozen: formatAmount(b.frozen, c),
  };
}

/** Callback body before signing (protocol §7). */
export function paymentCallback(p: PaymentRecord, c: Country): Data {
  return compact({
    event: p.status === 2 ? 'payment.completed' : 'payment.failed',
    appId: p.appId,
    orderId: p.orderId,
    orderNo: p.orderNo,
    amount: formatAmount(p.status === 2 ? (p.paidAmount ?? p.amount) : p.amount, c),
    currency: c.currency,
    fee: formatAmount(p.fee, c),
    status: p.status,
    payTime: p.payTime === undefined ? undefined : isoWithOffset(p.payTime, c.offsetMinutes),
    errorMsg: p.status === 3 ? 'payment failed' : undefined,
  });
}

export function payoutCallback(p: PayoutRecord, c: Country): Data {
  return compact({
    event: p.status === 2 ? 'payout.completed' : 'payout.failed',
    appId: p.appId,
    orderId: p.orderId,
    orderNo: p.orderNo,
    amount: formatAmount(p.amount, c),
    currency: c.currency,
    fee: formatAmount(p.status === 2 ? p.fee : 0n, c),
    status: p.status,
    finishTime:
      p.finishTime === undefined ? undefined : isoWithOffset(p.finishTime, c.offsetMinutes),
    errorMsg: p.errorMsg,
  });
}
