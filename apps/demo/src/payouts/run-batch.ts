import { type CreatePayoutInput, PaymuxError } from '@paymux/core';
import type { Market } from '../config/countries.js';
import type { DemoContext } from '../context.js';
import { describeError } from '../pages/form-errors.js';
import type { BatchRecord, BatchRow } from '../records/payouts.js';
import type { CsvRow } from './csv-rows.js';

/**
 * Records the upload (rows that failed validation keep their error), then sends the valid
 * rows as one `payouts.createBatch`. Final statuses arrive later by callback; the batch
 * page follows them live.
 */
export async function startBatch(
  ctx: DemoContext,
  market: Market,
  id: string,
  fileName: string,
  rows: readonly CsvRow[],
): Promise<BatchRecord> {
  const now = new Date().toISOString();
  const batchRows: BatchRow[] = rows.map((row) =>
    row.ok
      ? {
          line: row.line,
          reference: row.input.reference,
          money: row.input.money as BatchRow['money'] & object,
          recipientName: row.input.recipient.name,
        }
      : {
          line: row.line,
          error: { ...(row.column ? { column: row.column } : {}), message: row.message },
        },
  );
  const items = rows.flatMap((row) => (row.ok ? [row.input] : []));
  for (const item of items) {
    await ctx.payouts.add({
      reference: item.reference,
      country: market.code,
      money: { amount: BigInt(item.money.amount), currency: item.money.currency },
      bank: item.destination.bank,
      accountNumber: item.destination.accountNumber,
      recipientName: item.recipient.name,
      status: 'pending',
      batchId: id,
      createdAt: now,
      updatedAt: now,
      callbacks: [],
    });
  }
  const batch: BatchRecord = {
    id,
    country: market.code,
    fileName,
    createdAt: now,
    rows: batchRows,
    state: items.length > 0 ? 'submitting' : 'submitted',
  };
  await ctx.payouts.addBatch(batch);
  if (items.length > 0) void submit(ctx, batch, items);
  return batch;
}

async function submit(ctx: DemoContext, batch: BatchRecord, items: readonly CreatePayoutInput[]) {
  try {
    const result = await ctx.paymux.payouts.createBatch({ reference: batch.id, items });
    for (const item of result.items) {
      await ctx.payouts.update(item.reference, (p) =>
        item.ok
          ? p.status === 'pending'
            ? { ...p, status: item.payout.status }
            : undefined
          : { ...p, status: 'rejected', failureReason: describeError(item.error) },
      );
    }
    await ctx.payouts.setBatchState(batch.id, 'submitted');
  } catch (error) {
    const message = PaymuxError.isInstance(error) ? describeError(error) : String(error);
    ctx.activity.add('error', `payout batch ${batch.id}: ${message}`, batch.id);
    await ctx.payouts.setBatchState(batch.id, 'failed', message);
  }
}
