/**
 * One payout-batch run in a process of its own, so its peak RSS is its own. Argument:
 * `paymux` or `hand`, then the job as JSON { items, reference, merchant }. Prints one
 * JSON line: wall time, peak RSS, items accepted.
 */
import { createPaymux } from '@paymux/core';
import { otgpay } from '@paymux/otgpay';
import { indonesia } from '@paymux/otgpay-id';
import { NOTIFY_URL, payoutInput, payoutWire } from './fixtures.js';
import { HandClient, type HandCredentials } from './hand-written.js';

interface Job {
  readonly items: number;
  readonly reference: string;
  readonly merchant: HandCredentials;
}

const job = JSON.parse(process.argv[3] ?? '{}') as Job;
const mode = process.argv[2];
/** Items per request and requests in flight: the same for both sides. */
const CHUNK = 500;
const CONCURRENCY = 4;

async function viaPaymux(): Promise<number> {
  const paymux = createPaymux({
    providers: [
      otgpay({
        country: indonesia(),
        ...job.merchant,
        notifyUrl: NOTIFY_URL,
        maxBatchSize: CHUNK,
        batchConcurrency: CONCURRENCY,
      }),
    ],
  });
  function* items() {
    for (let i = 0; i < job.items; i++) yield payoutInput(`${job.reference}-${i}`);
  }
  let ok = 0;
  for await (const result of paymux.payouts.streamBatch(
    { reference: job.reference, items: items() },
    {},
  )) {
    if (result.ok) ok += 1;
  }
  return ok;
}

async function viaHand(): Promise<number> {
  const hand = new HandClient(job.merchant);
  const chunks = Math.ceil(job.items / CHUNK);
  let next = 0;
  let ok = 0;
  const worker = async () => {
    while (next < chunks) {
      const n = next++;
      const items = [];
      for (let i = n * CHUNK; i < Math.min(job.items, (n + 1) * CHUNK); i++) {
        items.push(payoutWire(`${job.reference}-${i}`));
      }
      const data = await hand.post('/api/payout/batch', {
        batchId: `${job.reference}-${n}`,
        items,
        notifyUrl: NOTIFY_URL,
      });
      for (const r of data['results'] as Array<{ error?: string }>) if (!r.error) ok += 1;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return ok;
}

const t0 = performance.now();
const ok = mode === 'paymux' ? await viaPaymux() : await viaHand();
const wallMs = performance.now() - t0;
const peakRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ wallMs, peakRssMb, ok })}\n`);
