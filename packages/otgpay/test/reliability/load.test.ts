import type { Charge, Payout } from '@paymux/core';
import type { Sandbox } from '@paymux/otgpay-sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chargeInput,
  client,
  payoutInput,
  pool,
  provider,
  report,
  sandbox,
  sandboxOrders,
  settle,
  wireIdr,
} from './harness.js';

const CHARGES = 1000;
const PAYOUTS = 300;
const CONCURRENCY = 16;

describe('load: one provider, ambiguous faults and busy answers', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await sandbox('reliability-load');
    sb.control.fund('ID', '1000000000');
  });
  afterAll(() => sb.stop());

  it(`${CHARGES} charges and ${PAYOUTS} payouts at concurrency ${CONCURRENCY}: sandbox and SDK agree`, async () => {
    // 19% of writes commit and then answer 1003 or drop the connection (random: the run
    // asserts at least 15%, about 4 standard deviations below the mean over 1,300 writes;
    // 17% was once drawn as 14.9%); 5% of all requests (queries too) are refused busy.
    sb.control.setFaults({ afterCommitRates: { '1003': 0.1, drop: 0.09 }, busyRate: 0.05 });
    const otg = provider(sb, 'otgpay-id');
    const paymux = client([otg]);
    let retries = 0;
    paymux.on('retry', () => retries++);

    const ops = [
      ...Array.from({ length: CHARGES }, (_, i) => ({ kind: 'charge' as const, i })),
      ...Array.from({ length: PAYOUTS }, (_, i) => ({ kind: 'payout' as const, i })),
    ].sort((a, b) => ((a.i * 7919) % 13) - ((b.i * 7919) % 13));
    const results = await pool(ops, CONCURRENCY, (op) =>
      op.kind === 'charge'
        ? settle<Charge | Payout>(() => paymux.charges.create(chargeInput(`load-c-${op.i}`, op.i)))
        : settle<Charge | Payout>(() => paymux.payouts.create(payoutInput(`load-p-${op.i}`, op.i))),
    );
    const injected = sb.control.injectedFaults();
    sb.control.clearFaults();

    const orders = sandboxOrders(sb);
    let ok = 0;
    let unknownAtEnd = 0;
    let recovered = 0;
    let lost = 0;
    let definite = 0;
    for (const [n, op] of ops.entries()) {
      const result = results[n]!;
      const reference = op.kind === 'charge' ? `load-c-${op.i}` : `load-p-${op.i}`;
      const held = op.kind === 'charge' ? orders.payments : orders.payouts;
      const amount =
        op.kind === 'charge'
          ? chargeInput(reference, op.i).money.amount
          : payoutInput(reference, op.i).money.amount;
      if (result.ok) {
        ok++;
        expect(result.value.reference).toBe(reference);
        expect(held.get(reference)).toBe(wireIdr(amount));
        continue;
      }
      const { error } = result;
      if (error.code === 'unknown_outcome') {
        unknownAtEnd++;
        expect(error.reference).toBe(reference);
        // Reported with its reference: a later query settles it either way.
        const later = await settle<Charge | Payout>(() =>
          op.kind === 'charge'
            ? paymux.charges.retrieve(reference)
            : paymux.payouts.retrieve(reference),
        );
        if (later.ok) recovered++;
        else expect(held.has(reference)).toBe(false);
        continue;
      }
      definite++;
      // A definite failure must mean nothing exists at the gateway.
      if (held.has(reference)) lost++;
    }
    // Every order at the gateway belongs to exactly one operation of this run.
    const references = new Set(
      ops.map((op) => (op.kind === 'charge' ? `load-c-${op.i}` : `load-p-${op.i}`)),
    );
    const strays = [...orders.payments.keys(), ...orders.payouts.keys()].filter(
      (id) => !references.has(id) && !id.startsWith('sbx-fund-'),
    );
    expect(lost).toBe(0);
    expect(strays).toEqual([]);
    const ambiguous = injected['1003'] + injected.drop;
    const writes = ops.length;
    expect(ambiguous / writes).toBeGreaterThanOrEqual(0.15);
    expect(injected.busy).toBeGreaterThan(0);
    expect(ok + unknownAtEnd + definite).toBe(writes);
    expect(ok).toBeGreaterThan(writes * 0.95);
    report({
      scenario: 'load (1 provider)',
      operations: writes,
      charges: CHARGES,
      payouts: PAYOUTS,
      concurrency: CONCURRENCY,
      faultsInjected: ambiguous + injected.busy,
      ambiguousAfterCommit: ambiguous,
      busy: injected.busy,
      retries,
      succeeded: ok,
      definiteFailures: definite,
      unknownAtEnd,
      recoveredByQuery: recovered,
      duplicates: strays.length,
      lost,
    });
  }, 240_000);
});
