import { randomBytes } from 'node:crypto';
import { fromDecimalString } from '@paymux/core';
import type { Hono } from 'hono';
import { MARKETS, type Market, market } from '../config/countries.js';
import type { DemoContext } from '../context.js';
import { readPayoutCsv, sampleCsv } from '../payouts/csv-rows.js';
import { startBatch } from '../payouts/run-batch.js';
import type { PayoutRecord } from '../records/payouts.js';
import { alert, badge, emptyState, field, timeText } from '../ui/components.js';
import { html, type SafeHtml } from '../ui/html.js';
import { layout } from '../ui/layout.js';
import { moneyText } from '../ui/money-text.js';
import { type FormErrors, formErrors, NO_ERRORS, text } from './form-errors.js';

const FIELDS = [
  'destination.bank',
  'destination.accountNumber',
  'money.amount',
  'recipient.name',
  'recipient.email',
  'recipient.phone',
  'recipient.nationalId',
];

const newId = (prefix: string, m: Market) =>
  `${prefix}-${m.code.toLowerCase()}-${Date.now().toString(36)}-${randomBytes(2).toString('hex')}`;

async function render(
  ctx: DemoContext,
  m: Market,
  values: Record<string, string>,
  errors: FormErrors,
  uploadError?: string,
  notice?: string,
): Promise<string> {
  const [payouts, batches] = await Promise.all([ctx.payouts.list(), ctx.payouts.listBatches()]);
  const bankSelect: SafeHtml = html`<div class="field"><label for="f-bank">Bank or wallet</label>
<select id="f-bank" name="destination.bank"${errors.fields['destination.bank'] ? html` aria-invalid="true" aria-describedby="f-bank-error"` : ''}>${m.adapter.payoutChannels.map(
    (ch) =>
      html`<option value="${ch.bank}"${ch.bank === (values['destination.bank'] ?? m.samplePayout.bank) ? html` selected` : ''}>${ch.label}</option>`,
  )}</select>${errors.fields['destination.bank'] ? html`<span class="error" id="f-bank-error" data-error-for="destination.bank">${errors.fields['destination.bank']}</span>` : ''}</div>`;
  return layout({
    title: 'Payouts',
    active: '/payouts',
    body: html`<h1>Payouts</h1>
<p class="lead">Send money to bank accounts and e-wallets, one at a time or from a CSV file.</p>
<nav class="segmented" aria-label="Country">${MARKETS.map((x) => html`<a href="/payouts?country=${x.code}" aria-current="${x.code === m.code ? 'true' : 'false'}">${x.name} · ${x.currency}</a>`)}</nav>
${notice ? alert('ok', notice) : ''}${errors.form ? alert('bad', errors.form) : ''}
<div class="grid">
<form class="card" method="post" action="/payouts?country=${m.code}" novalidate data-testid="payout-form" aria-labelledby="single-h">
<h2 id="single-h">Single payout</h2>
<input type="hidden" name="reference" value="${values['reference'] ?? newId('po', m)}">
${bankSelect}
${field({ name: 'destination.accountNumber', label: 'Account number', value: values['destination.accountNumber'] ?? m.samplePayout.accountNumber, error: errors.fields['destination.accountNumber'] })}
${field({ name: 'money.amount', label: `Amount (${m.currency})`, value: values['money.amount'] ?? (m.adapter.wireExponent === 0 ? '75000' : '250.00'), error: errors.fields['money.amount'], inputmode: 'decimal' })}
${field({ name: 'recipient.name', label: 'Recipient name', value: values['recipient.name'] ?? m.sampleCustomer.name, error: errors.fields['recipient.name'] })}
${field({ name: 'recipient.email', label: 'Recipient email', type: 'email', value: values['recipient.email'] ?? m.sampleCustomer.email, error: errors.fields['recipient.email'] })}
${field({ name: 'recipient.phone', label: 'Recipient phone', type: 'tel', value: values['recipient.phone'] ?? m.sampleCustomer.phone, error: errors.fields['recipient.phone'] })}
${m.code === 'PK' ? field({ name: 'recipient.nationalId', label: 'Recipient CNIC', value: values['recipient.nationalId'] ?? m.sampleCustomer.nationalId ?? '', error: errors.fields['recipient.nationalId'] }) : ''}
<button class="btn" type="submit">Send payout</button>
</form>
<form class="card" method="post" action="/payouts/batches" enctype="multipart/form-data" data-testid="batch-form" aria-labelledby="batch-h">
<h2 id="batch-h">Upload a CSV batch</h2>
<p class="muted">Columns: <code>name,email,phone,bank,account_number,amount,national_id</code>. Every row is checked before anything is sent; rows with errors are listed and skipped.</p>
<input type="hidden" name="country" value="${m.code}">
${uploadError ? alert('bad', uploadError) : ''}
<div class="field"><label for="f-file">CSV file (${m.name}, ${m.currency})</label><input id="f-file" type="file" name="file" accept=".csv,text/csv" required></div>
<p><a href="/payouts/sample.csv?country=${m.code}&amp;rows=200" download>Download a sample with 200 rows</a></p>
<button class="btn" type="submit">Upload and send</button>
</form>
</div>
<h2 style="margin-top:1.5rem">Batches</h2>
${batches.length === 0 ? html`<div class="card">${emptyState('No batches yet', 'Upload a CSV file to pay many people at once.')}</div>` : html`<div class="table-wrap" tabindex="0" role="region" aria-label="Batches"><table><caption class="skip">Batches</caption><thead><tr><th scope="col">Batch</th><th scope="col">Uploaded</th><th scope="col">File</th><th scope="col" class="num">Rows</th><th scope="col">State</th></tr></thead><tbody>${batches.map((b) => html`<tr><td><a href="/payouts/batches/${b.id}">${b.id}</a></td><td>${timeText(b.createdAt)}</td><td>${b.fileName}</td><td class="num">${b.rows.length}</td><td>${b.state}</td></tr>`)}</tbody></table></div>`}
<h2 style="margin-top:1.5rem">Single payouts</h2>
${payouts.length === 0 ? html`<div class="card">${emptyState('No payouts yet', 'Payouts you send appear here with their final status.')}</div>` : payoutTable(payouts)}`,
  });
}

function payoutTable(payouts: readonly PayoutRecord[]): SafeHtml {
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label="Payouts"><table data-testid="payouts-table"><caption class="skip">Payouts</caption><thead><tr><th scope="col">Payout</th><th scope="col">Created</th><th scope="col">Recipient</th><th scope="col">Bank</th><th scope="col" class="num">Amount</th><th scope="col">Status</th></tr></thead><tbody>${payouts.map(
    (p) =>
      html`<tr data-reference="${p.reference}"><td>${p.reference}</td><td>${timeText(p.createdAt)}</td><td>${p.recipientName}</td><td>${p.bank} ${p.accountNumber}</td><td class="num">${moneyText(p.money)}</td><td>${badge(p.status, 'payout')}${p.failureReason ? html` <span class="muted">${p.failureReason}</span>` : ''}</td></tr>`,
  )}</tbody></table></div>`;
}

/** Back office: single payout form, CSV batch upload, and the payouts so far. */
export function payoutsPage(app: Hono, ctx: DemoContext): void {
  app.get('/payouts', async (c) => {
    const m = market(c.req.query('country')) ?? (MARKETS[0] as Market);
    const notice = c.req.query('sent') ? `Payout ${c.req.query('sent')} submitted.` : undefined;
    return c.html(await render(ctx, m, {}, NO_ERRORS, undefined, notice));
  });

  app.get('/payouts/sample.csv', (c) => {
    const m = market(c.req.query('country')) ?? (MARKETS[0] as Market);
    const rows = Math.min(Math.max(Number(c.req.query('rows') ?? 200) || 200, 1), 2000);
    c.header(
      'content-disposition',
      `attachment; filename="payouts-${m.code.toLowerCase()}-${rows}.csv"`,
    );
    return c.body(sampleCsv(m, rows), 200, { 'content-type': 'text/csv; charset=utf-8' });
  });

  app.post('/payouts', async (c) => {
    const m = market(c.req.query('country')) ?? (MARKETS[0] as Market);
    const body = await c.req.parseBody();
    const values: Record<string, string> = Object.fromEntries(
      [...FIELDS, 'reference'].map((n) => [n, text(body, n)]),
    );
    const reference = values['reference'] || newId('po', m);
    const bank = values['destination.bank'] ?? '';
    const channel = m.adapter.payoutChannels.find((ch) => ch.bank === bank);
    try {
      const money = fromDecimalString(
        (values['money.amount'] ?? '').replace(/[\s,]/g, ''),
        m.currency,
        undefined,
        'money.amount',
      );
      const payout = await ctx.paymux.payouts.create({
        reference,
        money,
        country: m.code,
        destination: {
          type: channel?.type ?? 'bank_account',
          bank,
          accountNumber: values['destination.accountNumber'] ?? '',
        },
        recipient: {
          name: values['recipient.name'] ?? '',
          email: values['recipient.email'] ?? '',
          phone: values['recipient.phone'] ?? '',
          ...(values['recipient.nationalId'] ? { nationalId: values['recipient.nationalId'] } : {}),
        },
      });
      const now = new Date().toISOString();
      if (!(await ctx.payouts.get(reference))) {
        await ctx.payouts.add({
          reference,
          country: m.code,
          money: payout.money,
          bank: channel?.label ?? bank,
          accountNumber: values['destination.accountNumber'] ?? '',
          recipientName: values['recipient.name'] ?? '',
          status: payout.status,
          createdAt: now,
          updatedAt: now,
          callbacks: [],
        });
      }
      return c.redirect(`/payouts?country=${m.code}&sent=${encodeURIComponent(reference)}`, 303);
    } catch (error) {
      const errors = formErrors(error, FIELDS, (path) =>
        path === 'destination.type' ? 'destination.bank' : path,
      );
      return c.html(await render(ctx, m, { ...values, reference }, errors), 422);
    }
  });

  app.post('/payouts/batches', async (c) => {
    const body = await c.req.parseBody();
    const m = market(text(body, 'country')) ?? (MARKETS[0] as Market);
    const file = body['file'];
    if (!(file instanceof File) || file.size === 0) {
      return c.html(await render(ctx, m, {}, NO_ERRORS, 'Choose a CSV file to upload.'), 422);
    }
    const id = newId('b', m);
    const parsed = readPayoutCsv(await file.text(), m, id);
    if (parsed.error) return c.html(await render(ctx, m, {}, NO_ERRORS, parsed.error), 422);
    await startBatch(ctx, m, id, file.name || 'upload.csv', parsed.rows);
    return c.redirect(`/payouts/batches/${id}`, 303);
  });
}
