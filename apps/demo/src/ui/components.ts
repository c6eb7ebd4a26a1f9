import { html, type SafeHtml } from './html.js';

const LABELS: Record<string, string> = {
  pending: 'Awaiting payment',
  processing: 'Processing',
  succeeded: 'Paid',
  failed: 'Failed',
  partially_paid: 'Partially paid',
  overpaid: 'Overpaid',
  requires_review: 'Needs review',
  refunded: 'Refunded',
  rejected: 'Rejected',
  handled: 'Handled',
  duplicate: 'Duplicate',
  stale: 'Stale',
  in_progress: 'In progress',
};

/** Payout statuses read differently from charge statuses. */
const PAYOUT_LABELS: Record<string, string> = {
  pending: 'Pending',
  processing: 'Processing',
  succeeded: 'Paid out',
  failed: 'Failed',
  rejected: 'Rejected',
};

const REFUND_LABELS: Record<string, string> = {
  pending: 'Pending',
  processing: 'Processing',
  succeeded: 'Refunded',
  failed: 'Failed',
};

type Kind = 'charge' | 'payout' | 'refund';

export function statusLabel(status: string, kind: Kind = 'charge'): string {
  const labels = kind === 'payout' ? PAYOUT_LABELS : kind === 'refund' ? REFUND_LABELS : LABELS;
  return labels[status] ?? status;
}

export function badge(status: string, kind: Kind = 'charge'): SafeHtml {
  return html`<span class="badge ${status}" data-status="${status}">${statusLabel(status, kind)}</span>`;
}

export function emptyState(title: string, text: string, action?: SafeHtml): SafeHtml {
  return html`<div class="empty"><strong>${title}</strong>${text}${action ? html`<p>${action}</p>` : ''}</div>`;
}

export function alert(kind: 'bad' | 'ok' | 'info', text: string): SafeHtml {
  return html`<div class="alert ${kind}" role="${kind === 'bad' ? 'alert' : 'status'}">${text}</div>`;
}

export function timeText(iso: string | undefined): SafeHtml {
  if (!iso) return html``;
  return html`<time datetime="${iso}">${iso.replace('T', ' ').slice(0, 19)} UTC</time>`;
}

export interface FieldOptions {
  readonly name: string;
  readonly label: string;
  readonly value?: string;
  readonly error?: string;
  readonly hint?: string;
  readonly type?: string;
  readonly inputmode?: string;
  readonly autocomplete?: string;
  readonly required?: boolean;
}

/** A labelled input with its hint and, when the SDK refused it, the error right under it. */
export function field(o: FieldOptions): SafeHtml {
  const id = `f-${o.name.replace(/[^a-z0-9]+/gi, '-')}`;
  const described = [o.hint ? `${id}-hint` : '', o.error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return html`<div class="field">
<label for="${id}">${o.label}</label>
<input id="${id}" name="${o.name}" type="${o.type ?? 'text'}" value="${o.value ?? ''}"${
    o.inputmode ? html` inputmode="${o.inputmode}"` : ''
  }${o.autocomplete ? html` autocomplete="${o.autocomplete}"` : ''}${o.required ? html` required` : ''}${
    described ? html` aria-describedby="${described}"` : ''
  }${o.error ? html` aria-invalid="true"` : ''}>
${o.hint ? html`<span class="hint" id="${id}-hint">${o.hint}</span>` : ''}
${o.error ? html`<span class="error" id="${id}-error" data-error-for="${o.name}">${o.error}</span>` : ''}
</div>`;
}
