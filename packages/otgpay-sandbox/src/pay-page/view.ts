import QRCode from 'qrcode';
import type { Country } from '../countries.js';
import type { PaymentRecord } from '../state/types.js';
import { displayAmount } from './display-amount.js';
import { methodName } from './method-name.js';
import { PAY_PAGE_STYLES } from './styles.js';

/** How long the payer has to pay, counted from creation (shown as a countdown). */
export const PAYMENT_WINDOW_MS = 30 * 60_000;

const STATUS_TEXT: Record<string, string> = {
  '0': 'Awaiting payment',
  '1': 'Processing',
  '2': 'Paid',
  '3': 'Failed',
  '4': 'Partially paid',
  '5': 'Overpaid',
  '-1': 'Abnormal — awaiting confirmation',
};

const MERCHANT_NAMES: Record<Country['code'], string> = {
  ID: 'Paymux Demo Store Jakarta',
  TH: 'Paymux Demo Store Bangkok',
  PK: 'Paymux Demo Store Karachi',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function instructions(p: PaymentRecord, method: string, qrSvg: string): string {
  if (p.qrCode) {
    return `<section class="pay-how" aria-label="How to pay">
<p class="hint">Scan with any ${escapeHtml(method)}-enabled banking or wallet app.</p>
<div class="qr" data-testid="qr">${qrSvg}</div>
<details class="payload"><summary>QR payload</summary><code data-testid="qr-payload">${escapeHtml(p.qrCode)}</code></details>
</section>`;
  }
  if (p.bankNo) {
    return `<section class="pay-how" aria-label="How to pay">
<p class="hint">Transfer the exact amount to this ${escapeHtml(method)} number from any bank app or ATM.</p>
<p class="va" data-testid="va">${escapeHtml(p.bankNo)}</p>
</section>`;
  }
  return `<section class="pay-how" aria-label="How to pay">
<p class="hint">Approve the payment request in your ${escapeHtml(method)} app.</p>
</section>`;
}

function simulator(p: PaymentRecord, expired: boolean): string {
  return `<section class="simulator" aria-labelledby="sim-title">
<h2 id="sim-title">Sandbox simulator controls</h2>
<p>Not part of a real checkout: play the payer's bank. No money moves.</p>
<div class="sim-buttons">
<form method="post" action="/pay/${p.token}/pay"><button type="submit" name="action" value="pay" class="sim-pay" data-testid="sim-pay"${expired ? ' disabled' : ''}>Pay</button></form>
<form method="post" action="/pay/${p.token}/fail"><button type="submit" name="action" value="fail" class="sim-fail" data-testid="sim-fail">Fail</button></form>
</div>
</section>`;
}

const COUNTDOWN_SCRIPT = `<script>
(function(){var el=document.getElementById('countdown');if(!el)return;
var end=Date.now()+Number(el.getAttribute('data-remaining-ms'));
function tick(){var s=Math.max(0,Math.round((end-Date.now())/1000));
el.textContent=String(Math.floor(s/60)).padStart(2,'0')+':'+String(s%60).padStart(2,'0');
if(s===0){var b=document.querySelector('[data-testid=sim-pay]');if(b)b.disabled=true;
var x=document.getElementById('expiry');if(x)x.textContent='This payment has expired';return;}
setTimeout(tick,1000);}tick();})();
</script>`;

/** The hosted checkout a payer sees at the order's payUrl: mobile first, one column. */
export async function renderPayPage(
  p: PaymentRecord,
  country: Country,
  now: number,
  notice?: string,
): Promise<string> {
  const amount = displayAmount(p.amount, country);
  const method = methodName(country.code, p.payType, p.inBankCode);
  const open = p.status === 0 || p.status === 1;
  const remaining = Math.max(0, p.createdAt + PAYMENT_WINDOW_MS - now);
  const expired = open && remaining === 0;
  const qrSvg = p.qrCode
    ? await QRCode.toString(p.qrCode, { type: 'svg', margin: 2, width: 240 })
    : '';
  const statusClass = p.status === 2 ? 'paid' : p.status === 3 ? 'failed' : 'open';
  const details: [string, string][] = [
    ['Merchant order', p.orderId],
    ['OTGPAY order no', p.orderNo],
    ['Payment method', method],
    ...(p.subject ? ([['Description', p.subject]] as [string, string][]) : []),
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Pay ${escapeHtml(amount)} — OTGPAY checkout (sandbox)</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>${PAY_PAGE_STYLES}</style></head>
<body><main class="checkout">
<header class="brand"><span class="logo">OTGPAY</span><span class="badge">Sandbox</span></header>
<section class="summary" aria-label="Payment summary">
<p class="merchant">Pay to <strong>${escapeHtml(MERCHANT_NAMES[country.code])}</strong></p>
<p class="amount" data-testid="amount">${escapeHtml(amount)}</p>
<p class="method" data-testid="method">${escapeHtml(method)}</p>
<p class="status ${statusClass}" data-testid="status" role="status">${escapeHtml(STATUS_TEXT[String(p.status)] ?? String(p.status))}</p>
${
  open
    ? `<p class="expiry" id="expiry">${
        expired
          ? 'This payment has expired'
          : `Pay within <time id="countdown" data-testid="countdown" data-remaining-ms="${remaining}">${formatClock(remaining)}</time>`
      }</p>`
    : ''
}
${notice ? `<p class="notice" role="alert">${escapeHtml(notice)}</p>` : ''}
</section>
${open ? instructions(p, method, qrSvg) : ''}
<details class="order"><summary>Order details</summary><dl>${details
    .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`)
    .join('')}</dl></details>
${open ? simulator(p, expired) : ''}
${p.callBackUrl && !open ? `<p class="back"><a href="${escapeHtml(p.callBackUrl)}">Back to merchant</a></p>` : ''}
<footer>Secured by OTGPAY · sandbox environment</footer>
</main>${open && !expired ? COUNTDOWN_SCRIPT : ''}</body></html>`;
}

function formatClock(ms: number): string {
  const s = Math.round(ms / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}
