import type { NextAction } from '@paymux/core';
import QRCode from 'qrcode';
import type { OrderRecord } from '../records/orders.js';
import { badge, timeText } from '../ui/components.js';
import { html, raw, type SafeHtml } from '../ui/html.js';
import { moneyText } from '../ui/money-text.js';

/** Pieces of the order pages that the live stream re-renders. */
export function statusSlot(order: OrderRecord): SafeHtml {
  const refunded = order.refunded.amount > 0n;
  return html`${badge(order.status)}${refunded ? html` ${badge('refunded')} <span class="muted">${moneyText(order.refunded)}</span>` : ''}`;
}

export function customerMessage(order: OrderRecord): SafeHtml {
  switch (order.status) {
    case 'succeeded':
      return html`<p class="alert ok" data-testid="paid-message">Payment received — thank you! We are preparing your order.</p>`;
    case 'failed':
      return html`<p class="alert bad" data-testid="failed-message">The payment did not go through. No money was taken; you can try again from the checkout.</p>`;
    default:
      return html`<p class="alert info">Waiting for your payment. This page updates by itself.</p>`;
  }
}

export function timeline(order: OrderRecord): SafeHtml {
  return html`<ol class="timeline">${[...order.history]
    .reverse()
    .map(
      (e) =>
        html`<li>${e.status ? html`${badge(e.status)} ` : ''}${e.text}<br>${timeText(e.at)}</li>`,
    )}</ol>`;
}

export function callbacksTable(order: Pick<OrderRecord, 'callbacks'>): SafeHtml {
  if (order.callbacks.length === 0) {
    return html`<p class="muted">No callback received yet.</p>`;
  }
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label="Callbacks received"><table><caption class="skip">Callbacks received</caption>
<thead><tr><th scope="col">Received</th><th scope="col">Event</th><th scope="col">Signature</th><th scope="col">Outcome</th><th scope="col" class="num">Answer</th></tr></thead>
<tbody>${[...order.callbacks]
    .reverse()
    .map(
      (cb) =>
        html`<tr><td>${timeText(cb.at)}</td><td>${cb.type ?? '—'}</td><td>${
          cb.verified
            ? html`<span class="badge ok">Verified</span>`
            : html`<span class="badge rejected">Invalid</span>`
        }</td><td>${badge(cb.outcome)}</td><td class="num">${cb.httpStatus}</td></tr>`,
    )}</tbody></table></div>`;
}

/** The QR image, VA number or wallet link the payer needs, plus the hosted page. */
export async function nextActionBlock(action: NextAction | undefined): Promise<SafeHtml> {
  if (!action) return html``;
  const hosted =
    'url' in action && action.url
      ? html`<p><a class="btn secondary" href="${action.url}" data-testid="hosted-page">Open the OTGPAY payment page</a></p>`
      : '';
  if (action.type === 'qr') {
    const svg = await QRCode.toString(action.payload, { type: 'svg', margin: 1, width: 220 });
    return html`<div class="qr" role="img" aria-label="QR code to scan with your banking app" data-testid="qr">${raw(svg)}</div>
<p class="muted">Scan with your banking or wallet app.</p>${hosted}`;
  }
  if (action.type === 'virtual_account') {
    return html`<p class="muted">Transfer the exact amount to this virtual account:</p>
<p class="va-number" data-testid="va-number">${action.accountNumber}</p>
<p><button type="button" class="btn secondary" data-copy="${action.accountNumber}">Copy number</button></p>${hosted}`;
  }
  return html`<p class="muted">Continue in your wallet or banking app:</p>
<p><a class="btn" href="${action.url}" data-testid="hosted-page">Open the payment page</a></p>`;
}
