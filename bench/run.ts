/**
 * paymux benchmarks. Each case runs a candidate and a baseline in this process,
 * interleaved, and prints their throughput ratio (candidate / baseline; above 1 is faster).
 * Figures are comparable only within one run. Run with `pnpm bench`.
 */
import { generateKeyPairSync } from 'node:crypto';
import { type CreatePayoutInput, createPaymux, validateInput } from '@paymux/core';
import { otgpay } from '@paymux/otgpay';
import { indonesia } from '@paymux/otgpay-id';
import { startSandbox } from '@paymux/otgpay-sandbox';
import { OtgpaySigner } from '@paymux/otgpay-signing';
import { Ajv } from 'ajv';
import { OPERATION_SCHEMAS } from '../packages/core/src/validation/operation-schemas.js';
import { type BenchResult, report, runCase } from './harness.js';

const results: BenchResult[] = [];
const labels = new Map<string, [string, string]>();
async function bench(c: Parameters<typeof runCase>[0]) {
  labels.set(c.name, [c.candidate.label, c.baseline.label]);
  const result = await runCase(c);
  results.push(result);
  console.log(`${c.name}: ${result.ratio.toFixed(2)}x`);
}

// ── signing: keys parsed once vs parsed on every call ──────────────────────────
const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
const privateKey = pair.privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64');
const publicKey = pair.publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
const signerOptions = { privateKey, verifyKey: publicKey, apiKey: 'bench-api-key' };
const signer = new OtgpaySigner(signerOptions);
const params = {
  appId: 1054,
  orderId: 'M233323000059',
  amount: '150000',
  phone: '081234567890',
  email: 'budi@example.com',
  name: 'Budi Santoso',
  inBankCode: '014',
  payType: 'QR',
};
const signed = signer.signed(params);
await bench({
  name: 'verify a response signature',
  candidate: { label: 'key parsed once', fn: () => signer.verify(signed) },
  baseline: {
    label: 'key parsed per call',
    fn: () => new OtgpaySigner(signerOptions).verify(signed),
  },
  ops: 2000,
});

// ── validation: schema compiled once vs compiled per call ───────────────────────
const chargeInput = {
  reference: 'order-1',
  money: { amount: 15_000_000n, currency: 'IDR' },
  country: 'ID',
  method: { type: 'qr' as const },
  customer: { name: 'Budi Santoso', email: 'budi@example.com', phone: '081234567890' },
};
await bench({
  name: 'validate a charge input',
  candidate: { label: 'compiled once', fn: () => validateInput('createCharge', chargeInput) },
  baseline: {
    label: 'ajv compile per call',
    fn: () => {
      const validate = new Ajv({ strict: true }).compile(OPERATION_SCHEMAS.createCharge);
      return validate({ ...chargeInput, money: { amount: 1, currency: 'IDR' } });
    },
  },
  ops: 200,
});

// ── over real HTTP against the sandbox ──────────────────────────────────────────
const sandbox = await startSandbox({ payoutCompletion: 'manual' });
const merchant = sandbox.merchants.ID;
const provider = otgpay({
  country: indonesia(),
  appId: merchant.appId,
  apiKey: merchant.apiKey,
  merchantPrivateKey: merchant.merchantPrivateKey,
  platformPublicKey: merchant.platformPublicKey,
  baseUrl: merchant.baseUrl,
  notifyUrl: false, // the benchmark takes no callbacks
});
const paymux = createPaymux({ providers: [provider] });

// The least a hand-written integration does: sign, POST, parse, verify the response signature.
const rawSigner = new OtgpaySigner({
  privateKey: merchant.merchantPrivateKey,
  verifyKey: merchant.platformPublicKey,
  apiKey: merchant.apiKey,
});
let n = 0;
await bench({
  name: 'create a charge over HTTP',
  candidate: {
    label: 'paymux (validate, route, idempotency, events, verify, map)',
    fn: () => paymux.charges.create({ ...chargeInput, reference: `b-p-${++n}` }),
  },
  baseline: {
    label: 'hand-rolled fetch + sign + verify',
    fn: async () => {
      const body = rawSigner.signed({ ...params, appId: merchant.appId, orderId: `b-r-${++n}` });
      const res = await fetch(`${merchant.baseUrl}/api/payment/create`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const envelope = (await res.json()) as { status: string; data: Record<string, unknown> };
      if (envelope.status !== '1' || !rawSigner.verify(envelope.data)) throw new Error('bad');
    },
  },
  ops: 50,
  rounds: 5,
});

// ── batch payouts: one batch of 1,000 vs 1,000 single payouts ───────────────────
sandbox.control.fund('ID', 10_000_000_000n);
const item = (reference: string): CreatePayoutInput => ({
  reference,
  money: { amount: 1_000_000n, currency: 'IDR' },
  country: 'ID',
  destination: { type: 'bank_account', bank: 'BCA', accountNumber: '1234567890' },
  recipient: { name: 'Siti Rahma', email: 'siti@example.com', phone: '081298765432' },
});
let batch = 0;
const ITEMS = 1000;
await bench({
  name: `pay out ${ITEMS} recipients`,
  candidate: {
    label: 'payouts.createBatch (2 requests of 500)',
    fn: async () => {
      const b = ++batch;
      const items = Array.from({ length: ITEMS }, (_, i) => item(`bb-${b}-${i}`));
      const result = await paymux.payouts.createBatch({ reference: `batch-${b}`, items });
      if (result.items.some((r) => !r.ok)) throw new Error('batch item failed');
    },
  },
  baseline: {
    label: `${ITEMS} x payouts.create`,
    fn: async () => {
      const b = ++batch;
      for (let i = 0; i < ITEMS; i++) await paymux.payouts.create(item(`bs-${b}-${i}`));
    },
  },
  ops: 1,
  rounds: 3,
});

await sandbox.stop();
console.log('');
report(results, labels);
