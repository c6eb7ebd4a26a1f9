/**
 * Rows 1–3 of issue 12: `charges.create` through `createPaymux` vs the hand-written client,
 * same sandbox (own process), at concurrency 1 and 16; and the client CPU per create at
 * concurrency 16 over the physical floor (one RSA sign + one verify in this process).
 */
import { createPaymux } from '@paymux/core';
import { otgpay } from '@paymux/otgpay';
import { indonesia } from '@paymux/otgpay-id';
import { comparePair, fmt, judge, type Row, SMOKE } from '../harness.js';
import { chargeInput, chargeWire, NOTIFY_URL, RUN } from '../support/fixtures.js';
import { rsaFloorCpuMs } from '../support/floor.js';
import { HandClient } from '../support/hand-written.js';
import type { SandboxProcess } from '../support/sandbox-process.js';

export async function createBench(sandbox: SandboxProcess): Promise<Row[]> {
  const merchant = sandbox.merchants.ID;
  const paymux = createPaymux({
    providers: [
      otgpay({
        country: indonesia(),
        appId: merchant.appId,
        apiKey: merchant.apiKey,
        merchantPrivateKey: merchant.merchantPrivateKey,
        platformPublicKey: merchant.platformPublicKey,
        baseUrl: merchant.baseUrl,
        notifyUrl: NOTIFY_URL,
      }),
    ],
  });
  const hand = new HandClient(merchant);
  let n = 0;
  const candidate = {
    label: 'paymux charges.create',
    fn: () => paymux.charges.create(chargeInput(`c${RUN}-${++n}`)),
  };
  const baseline = {
    label: 'fetch + node:crypto',
    fn: () => hand.post('/api/payment/create', chargeWire(`h${RUN}-${++n}`)),
  };

  const rows: Row[] = [];
  const c1 = await comparePair(candidate, baseline, { ops: 60, rounds: 9 });
  rows.push({
    figure: 'charges.create vs hand-written fetch client, concurrency 1',
    detail: `paymux ${fmt(c1.candidate.opsPerSec, 0)}/s, hand-written ${fmt(c1.baseline.opsPerSec, 0)}/s`,
    value: `${fmt(c1.ratio)}×`,
    goal: '≥ 0.95',
    met: judge(c1.ratio >= 0.95),
  });
  const c16 = await comparePair(candidate, baseline, { ops: 320, rounds: 9, concurrency: 16 });
  rows.push({
    figure: 'charges.create vs hand-written fetch client, concurrency 16',
    detail: `paymux ${fmt(c16.candidate.opsPerSec, 0)}/s, hand-written ${fmt(c16.baseline.opsPerSec, 0)}/s`,
    value: `${fmt(c16.ratio)}×`,
    goal: '≥ 0.95',
    met: judge(c16.ratio >= 0.95),
  });
  const floor = rsaFloorCpuMs(SMOKE ? 4 : 400, SMOKE ? 1 : 5);
  const over = c16.candidate.cpuMsPerOp / floor;
  const handOver = c16.baseline.cpuMsPerOp / floor;
  rows.push({
    figure: 'client CPU per create at concurrency 16 over the floor (1 sign + 1 verify)',
    detail: `floor ${fmt(floor, 3)} ms; paymux ${fmt(c16.candidate.cpuMsPerOp, 3)} ms, hand-written ${fmt(c16.baseline.cpuMsPerOp, 3)} ms (${fmt(handOver)}×)`,
    value: `${fmt(over)}×`,
    goal: '≤ 2.0× and below the hand-written client',
    met: judge(over <= 2.0 && over <= handOver),
  });
  return rows;
}
