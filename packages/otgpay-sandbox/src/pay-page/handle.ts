import type { IncomingMessage, ServerResponse } from 'node:http';
import { ProtocolError } from '../errors.js';
import { readBody } from '../http/body.js';
import type { RequestTarget } from '../http/request-target.js';
import { redirect, sendHtml } from '../http/respond.js';
import type { SandboxState } from '../state/state.js';
import { PAYMENT_WINDOW_MS, renderPayPage } from './view.js';

/** Hosted payment page at each order's payUrl: `/pay/<token>`, Pay/Fail via form POST. */
export async function handlePayPage(
  state: SandboxState,
  req: IncomingMessage,
  res: ServerResponse,
  url: RequestTarget,
  now: () => number = Date.now,
): Promise<void> {
  const parts = url.pathname.split('/').filter(Boolean);
  const payment = parts[1] ? state.paymentByToken(parts[1]) : undefined;
  if (!payment) {
    sendHtml(res, 404, '<!doctype html><title>Not found</title><p>No such payment.</p>');
    return;
  }
  const country = state.country(payment.appId);
  if (req.method === 'GET' && parts.length === 2) {
    const notice = url.searchParams.get('expired') === '1' ? 'The payment window has closed.' : '';
    sendHtml(res, 200, await renderPayPage(payment, country, now(), notice || undefined));
    return;
  }
  const action = parts[2];
  if (req.method === 'POST' && parts.length === 3 && (action === 'pay' || action === 'fail')) {
    await readBody(req, 64 * 1024).catch(() => Buffer.alloc(0));
    // The payer cannot pay once the window shown by the countdown has closed.
    if (action === 'pay' && now() > payment.createdAt + PAYMENT_WINDOW_MS) {
      redirect(res, `/pay/${payment.token}?expired=1`);
      return;
    }
    try {
      state.setPaymentOutcome(payment.appId, payment.orderId, action === 'pay' ? 2 : 3);
    } catch (err) {
      if (!(err instanceof ProtocolError)) throw err;
    }
    redirect(res, `/pay/${payment.token}`);
    return;
  }
  sendHtml(res, 405, '<!doctype html><title>Method not allowed</title><p>Method not allowed.</p>');
}
