import type { Hono } from 'hono';
import { market } from '../config/countries.js';
import type { DemoContext } from '../context.js';
import { type LiveMessage, liveStream } from '../live/live-route.js';
import type { BatchRecord, PayoutRecord } from '../records/payouts.js';
import { alert, badge, timeText } from '../ui/components.js';
import { html, raw } from '../ui/html.js';
import { layout } from '../ui/layout.js';
import { moneyText } from '../ui/money-text.js';
import { notFound } from './order-status.js';

const FINAL = new Set(['succeeded', 'failed', 'rejected']);

async function snapshot(ctx: DemoContext, batch: BatchRecord) {
  const payouts = new Map<string, PayoutRecord>();
  await Promise.all(
    batch.rows.map(async (row) => {
      if (!row.reference) return;
      const p = await ctx.payouts.get(row.reference);
      if (p) payouts.set(row.reference, p);
    }),
  );
  const valid = batch.rows.filter((r) => r.reference).length;
  const count = (status: string) => [...payouts.values()].filter((p) => p.status === status).length;
  const final = [...payouts.values()].filter((p) => FINAL.has(p.status)).length;
  return {
    payouts,
    valid,
    invalid: batch.rows.length - valid,
    final,
    succeeded: count('succeeded'),
    failed: count('failed') + count('rejected'),
  };
}

function live(batch: BatchRecord, s: Awaited<ReturnType<typeof snapshot>>): LiveMessage {
  const done = batch.state === 'failed' || (batch.state === 'submitted' && s.final === s.valid);
  const text = `${s.final} of ${s.valid} payouts final`;
  return {
    progress: { value: s.final, max: s.valid, text },
    state: done ? 'final' : 'open',
    slots: {
      summary:
        html`<p data-testid="batch-progress-text"><strong>${text}</strong> · ${s.succeeded} paid out · ${s.failed} failed · ${s.invalid} row${s.invalid === 1 ? '' : 's'} with errors (not sent) · ${batch.state === 'submitting' ? 'sending…' : batch.state}</p>${batch.error ? alert('bad', batch.error) : ''}`
          .value,
      rows: html`${batch.rows.map((row) => {
        const p = row.reference ? s.payouts.get(row.reference) : undefined;
        return html`<tr data-line="${row.line}"><td class="num">${row.line}</td><td>${row.reference ?? '—'}</td><td>${row.recipientName ?? ''}</td><td class="num">${row.money ? moneyText(row.money) : ''}</td><td>${
          row.error
            ? html`<span class="badge error">Invalid</span> <span data-testid="row-error">${row.error.column ? html`<strong>${row.error.column}</strong>: ` : ''}${row.error.message}</span>`
            : p
              ? html`${badge(p.status, 'payout')}${p.failureReason ? html` <span class="muted">${p.failureReason}</span>` : ''}`
              : ''
        }</td></tr>`;
      })}`.value,
    },
  };
}

/** Rows that failed validation, listed first so the uploader can fix the file. */
function invalidRows(batch: BatchRecord) {
  const invalid = batch.rows.filter((r) => r.error);
  if (invalid.length === 0) return html``;
  return html`<div class="alert bad" role="status"><p style="margin:0 0 .3rem">${invalid.length} row${invalid.length === 1 ? '' : 's'} not sent — fix ${invalid.length === 1 ? 'it' : 'them'} and upload ${invalid.length === 1 ? 'it' : 'them'} again:</p><ul style="margin:0">${invalid.map(
    (r) =>
      html`<li data-testid="invalid-row">Line ${r.line}${r.error?.column ? html`, <strong>${r.error.column}</strong>` : ''}: ${r.error?.message ?? ''}</li>`,
  )}</ul></div>`;
}

/** One CSV batch: a live progress bar and the result of every row. */
export function payoutBatchPage(app: Hono, ctx: DemoContext): void {
  app.get('/payouts/batches/:id', async (c) => {
    const batch = await ctx.payouts.getBatch(c.req.param('id'));
    if (!batch) return c.html(notFound('Batch'), 404);
    const s = await snapshot(ctx, batch);
    const msg = live(batch, s);
    const pct = s.valid ? Math.round((s.final * 100) / s.valid) : 0;
    return c.html(
      layout({
        title: `Batch ${batch.id}`,
        active: '/payouts',
        body: html`<p><a href="/payouts?country=${batch.country}">← Payouts</a></p>
<h1>Payout batch ${batch.id}</h1>
<p class="lead">${batch.fileName} · ${market(batch.country)?.name ?? batch.country} · uploaded ${timeText(batch.createdAt)}</p>
<section class="card" data-live="/payouts/batches/${batch.id}/events" data-testid="batch-live" aria-labelledby="p-h">
<h2 id="p-h">Progress</h2>
<div class="progress" role="progressbar" aria-label="Payouts final" aria-valuemin="0" aria-valuemax="${s.valid}" aria-valuenow="${s.final}" aria-valuetext="${msg.progress?.text ?? ''}" data-testid="batch-progress"><div style="width:${pct}%"></div></div>
<div data-slot="summary" aria-live="polite">${raw(msg.slots['summary'] ?? '')}</div>
${invalidRows(batch)}
<div class="table-wrap" tabindex="0" role="region" aria-label="Batch rows"><table data-testid="batch-rows"><caption class="skip">Rows</caption><thead><tr><th scope="col" class="num">Line</th><th scope="col">Payout</th><th scope="col">Recipient</th><th scope="col" class="num">Amount</th><th scope="col">Result</th></tr></thead>
<tbody data-slot="rows">${raw(msg.slots['rows'] ?? '')}</tbody></table></div>
</section>`,
      }),
    );
  });

  app.get('/payouts/batches/:id/events', (c) => {
    const id = c.req.param('id');
    return liveStream(c, ctx.changes, `batch:${id}`, async () => {
      const batch = await ctx.payouts.getBatch(id);
      return batch ? live(batch, await snapshot(ctx, batch)) : undefined;
    });
  });
}
