/**
 * Row 4: an OTGPAY callback verified, parsed and normalized by the provider
 * (`parseWebhook`: JSON, RSA verify, schema, appId, money and time normalization) vs the
 * bare minimum (`JSON.parse` + canonical string + RSA verify). The callback is a real one:
 * the sandbox signs and delivers it to a loopback receiver here. On Node the provider verifies
 * with a synchronous `node:crypto` verify (`OtgpayVerifier`); `bench/profile-callback.ts`
 * splits the time into its steps.
 */
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { otgpay } from '@paymux/otgpay';
import { indonesia } from '@paymux/otgpay-id';
import { comparePair, fmt, judge, type Row } from '../harness.js';
import { chargeWire, RUN } from '../support/fixtures.js';
import { HandClient } from '../support/hand-written.js';
import type { SandboxProcess } from '../support/sandbox-process.js';

async function receiveOneCallback(
  sandbox: SandboxProcess,
  hand: HandClient,
): Promise<{ rawBody: string; headers: Record<string, string> }> {
  let resolve!: (value: { rawBody: string; headers: Record<string, string> }) => void;
  const received = new Promise<{ rawBody: string; headers: Record<string, string> }>(
    (r) => (resolve = r),
  );
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      res.end('SUCCESS');
      resolve({
        rawBody: Buffer.concat(chunks).toString('utf8'),
        headers: { 'content-type': String(req.headers['content-type'] ?? '') },
      });
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const orderId = `cb${RUN}`;
  await hand.post('/api/payment/create', {
    ...chargeWire(orderId),
    notifyUrl: `http://127.0.0.1:${port}/callback`,
  });
  await sandbox.control(`payments/ID/${orderId}/outcome`, { status: 2 });
  const callback = await received;
  server.close();
  return callback;
}

export async function callbackBench(sandbox: SandboxProcess): Promise<Row[]> {
  const merchant = sandbox.merchants.ID;
  const hand = new HandClient(merchant);
  const request = await receiveOneCallback(sandbox, hand);
  const provider = otgpay({
    country: indonesia(),
    appId: merchant.appId,
    apiKey: merchant.apiKey,
    merchantPrivateKey: merchant.merchantPrivateKey,
    platformPublicKey: merchant.platformPublicKey,
    baseUrl: merchant.baseUrl,
    notifyUrl: 'https://merchant.example/otgpay/callback',
  });
  const result = await comparePair(
    { label: 'provider.parseWebhook', fn: () => provider.parseWebhook(request) },
    {
      label: 'JSON.parse + RSA verify',
      fn: () => {
        const body = JSON.parse(request.rawBody) as Record<string, unknown>;
        if (!hand.verify(body)) throw new Error('callback signature invalid');
        return body;
      },
    },
    { ops: 2000, rounds: 9 },
  );
  return [
    {
      figure: 'callback verify + parse + normalize vs JSON.parse + RSA verify',
      detail:
        `paymux ${fmt(result.candidate.opsPerSec, 0)}/s (${fmt(result.candidate.cpuMsPerOp * 1000, 1)} µs CPU), ` +
        `bare ${fmt(result.baseline.opsPerSec, 0)}/s (${fmt(result.baseline.cpuMsPerOp * 1000, 1)} µs CPU)`,
      value: `${fmt(result.ratio)}×`,
      goal: '≥ 0.85',
      met: judge(result.ratio >= 0.85),
    },
  ];
}
