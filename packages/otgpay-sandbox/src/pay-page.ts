import type { IncomingMessage, ServerResponse } from 'node:http';
import QRCode from 'qrcode';
import type { Country } from './countries.js';
import { ProtocolError } from './errors.js';
import { readBody } from './http/body.js';
import { redirect, sendHtml } from './http/respond.js';
import { formatAmount } from './money.js';
import type { SandboxState } from './state/state.js';
import type { PaymentRecord } from './state/types.js';

/** Hosted payment page at each order's payUrl: `/pay/<token>`, Pay/Fail via form POST. */

const STATUS_TEXT: Record<string, string> = {
  '0': 'Awaiting payment',
  '1': 'Processing',
  '2': 'Paid',
  '3': 'Failed',
  '4': 'Partially paid',
  '5': 'Overpaid',
  '-1': 'Abnormal — awaiting confirmation',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function render(p: PaymentRecord, country: Country): Promise<string> {
  const amount = `${formatAmount(p.amount, country)} ${country.currency}`;
  const qr = p.qrCode
    ? await QRCode.toString(p.qrCode, { type: 'svg', margin: 2, width: 240 })
    : '';
  const open = p.status === 0 || p.status === 1;
  const details = [
    ['Merchant', `OTGPAY Sandbox merchant ${p.appId} (${country.code})`],
    ['Order', p.orderId],
    ['Order no', p.orderNo],
    ['Amount', amount],
    ['Method', `${p.payType} / ${p.inBankCode}`],
    ...(p.bankNo ? [['Virtual account', p.bankNo]] : []),
    ['Status', STATUS_TEXT[String(p.status)] ?? String(p.status)],
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>OTGPAY sandbox — ${escapeHtml(p.orderId)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem}
dt{color:#666;font-size:.85rem}dd{margin:0 0 .6rem;font-weight:600}button{font-size:1rem;padding:.6rem 1.2rem;margin-right:.5rem}
.qr svg{width:240px;height:240px}.va{font-size:1.4rem;letter-spacing:.1rem}</style></head>
<body><h1>OTGPAY sandbox</h1>
<p><strong>This is a simulator. No money moves.</strong></p>
<dl>${details.map(([k, v]) => `<dt>${escapeHtml(k ?? '')}</dt><dd${k === 'Virtual account' ? ' class="va" data-testid="va"' : ''}>${escapeHtml(v ?? '')}</dd>`).join('')}</dl>
${qr ? `<div class="qr" data-testid="qr">${qr}</div><p><code data-testid="qr-payload">${escapeHtml(p.qrCode ?? '')}</code></p>` : ''}
${
  open
    ? `<form method="post" action="/pay/${p.token}/pay" style="display:inline"><button type="submit" name="action" value="pay">Pay</button></form>
<form method="post" action="/pay/${p.token}/fail" style="display:inline"><button type="submit" name="action" value="fail">Fail</button></form>`
    : ''
}
${p.callBackUrl && !open ? `<p><a href="${escapeHtml(p.callBackUrl)}">Back to merchant</a></p>` : ''}
</body></html>`;
}

export async function handlePayPage(
  state: SandboxState,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const parts = url.pathname.split('/').filter(Boolean);
  const payment = parts[1] ? state.paymentByToken(parts[1]) : undefined;
  if (!payment) {
    sendHtml(res, 404, '<!doctype html><title>Not found</title><p>No such payment.</p>');
    return;
  }
  const country = state.country(payment.appId);
  if (req.method === 'GET' && parts.length === 2) {
    sendHtml(res, 200, await render(payment, country));
    return;
  }
  const action = parts[2];
  if (req.method === 'POST' && parts.length === 3 && (action === 'pay' || action === 'fail')) {
    await readBody(req, 64 * 1024).catch(() => Buffer.alloc(0));
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
