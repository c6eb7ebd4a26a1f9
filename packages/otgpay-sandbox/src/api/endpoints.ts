import { illegal, ProtocolError } from '../errors.js';
import type { Merchant } from '../merchants.js';
import type { SandboxState } from '../state/state.js';
import type { Params } from '../validation/fields.js';
import * as rules from '../validation/requests.js';
import type { EndpointName } from './routes.js';
import * as views from './views.js';

/** Business handlers of the nine endpoints: verified params in, unsigned `data` out. */

type Data = Record<string, unknown>;
type Handler = (state: SandboxState, merchant: Merchant, p: Params) => Data;

function page<T>(items: T[], pageNo: number, pageSize: number) {
  const start = (pageNo - 1) * pageSize;
  return {
    total: items.length,
    page: pageNo,
    pageSize,
    slice: items.slice(start, start + pageSize),
  };
}

const appIdOf = (m: Merchant) => m.credentials.appId;

export const ENDPOINTS: Record<EndpointName, Handler> = {
  paymentCreate(state, m, p) {
    const input = rules.paymentCreate(p, m.country);
    const payment = state.createPayment(appIdOf(m), input);
    return views.paymentCreated(payment, state.payUrl(payment));
  },

  paymentQuery(state, m, p) {
    return views.payment(state.getPayment(appIdOf(m), String(p['orderId'])), m.country);
  },

  paymentRefund(state, m, p) {
    const input = rules.refund(p, m.country);
    const { payment, refund } = state.refund(appIdOf(m), String(p['orderId']), input);
    return views.refundResult(payment, refund, m.country);
  },

  payoutSubmit(state, m, p) {
    const input = rules.payout(p, m.country);
    return views.payoutSubmitted(state.submitPayout(appIdOf(m), input));
  },

  payoutQuery(state, m, p) {
    return views.payout(state.getPayout(appIdOf(m), String(p['orderId'])), m.country);
  },

  payoutBatch(state, m, p) {
    const input = rules.batch(p);
    const appId = appIdOf(m);
    if (state.batchExists(appId, input.batchId)) throw illegal('batchId duplicate');
    const results: Data[] = [];
    const seen = new Set<string>();
    for (const raw of input.items) {
      const item =
        raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Params) : {};
      const orderId = typeof item['orderId'] === 'string' ? item['orderId'] : undefined;
      try {
        if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw illegal('items');
        const payoutInput = rules.payout(item, m.country, input.notifyUrl);
        if (seen.has(payoutInput.orderId)) throw illegal('orderId duplicate');
        seen.add(payoutInput.orderId);
        const payout = state.submitPayout(appId, payoutInput, input.batchId);
        results.push({ orderId: payout.orderId, orderNo: payout.orderNo, status: payout.status });
      } catch (err) {
        if (!(err instanceof ProtocolError)) throw err;
        results.push({
          ...(orderId === undefined ? {} : { orderId }),
          error: err.code,
          msg: err.message,
        });
      }
    }
    state.recordBatch(
      appId,
      input.batchId,
      results.map((r) => String(r['orderId'] ?? '')),
    );
    return { batchId: input.batchId, results };
  },

  settlementRecords(state, m, p) {
    const r = rules.range(p);
    const records = state
      .settlements(appIdOf(m))
      .filter((s) => s.settleDate >= r.startDate && s.settleDate <= r.endDate);
    const { slice, ...meta } = page(records, r.page, r.pageSize);
    return { ...meta, records: slice.map((s) => views.settlement(s, m.country)) };
  },

  statement(state, m, p) {
    const r = rules.range(p);
    const list = state
      .entries(appIdOf(m))
      .filter((e) => e.date >= r.startDate && e.date <= r.endDate);
    const { slice, ...meta } = page(list, r.page, r.pageSize);
    return { ...meta, entries: slice.map((e) => views.entry(e, m.country)) };
  },

  balance(state, m) {
    return views.balance(state.balance(appIdOf(m)), m.country);
  },
};
