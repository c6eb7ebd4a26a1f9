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
} from './harness.js';

const CHARGES = 300;
const PAYOUTS = 150;

describe('two providers: one answers what the SDK must not trust', () => {
  let a: Sandbox;
  let b: Sandbox;
  beforeAll(async () => {
    [a, b] = await Promise.all([sandbox('reliability-two-a'), sandbox('reliability-two-b')]);
    a.control.fund('ID', '1000000000');
    b.control.fund('ID', '1000000000');
  });
  afterAll(async () => {
    await Promise.all([a.stop(), b.stop()]);
  });

  it('never an order at both; every answer matches where the order is', async () => {
    // Provider A commits and then answers an unrecognised envelope, an unsigned refusal or a
    // tampered status (30% of writes), and turns 35% of requests away busy before processing
    // (real refusals: after the retries run out the SDK may fail over, once a signed query
    // confirmed the order is not at A).
    a.control.setFaults({
      afterCommitRates: { unrecognised: 0.1, refusal: 0.1, tampered: 0.1 },
      busyRate: 0.35,
    });
    const pa = provider(a, 'otgpay-a');
    const pb = provider(b, 'otgpay-b');
    const paymux = client([pa, pb], { retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 10 } });
    const ops = [
      ...Array.from({ length: CHARGES }, (_, i) => ({
        kind: 'charge' as const,
        ref: `two-c-${i}`,
        i,
      })),
      ...Array.from({ length: PAYOUTS }, (_, i) => ({
        kind: 'payout' as const,
        ref: `two-p-${i}`,
        i,
      })),
    ];
    const results = await pool(ops, 16, (op) =>
      op.kind === 'charge'
        ? settle<Charge | Payout>(() => paymux.charges.create(chargeInput(op.ref, op.i)))
        : settle<Charge | Payout>(() => paymux.payouts.create(payoutInput(op.ref, op.i))),
    );
    const injected = a.control.injectedFaults();
    a.control.clearFaults();
    const atA = sandboxOrders(a);
    const atB = sandboxOrders(b);
    let both = 0;
    let atBCount = 0;
    let unknown = 0;
    let definite = 0;
    let lost = 0;
    for (const [n, op] of ops.entries()) {
      const holdsA = (op.kind === 'charge' ? atA.payments : atA.payouts).has(op.ref);
      const holdsB = (op.kind === 'charge' ? atB.payments : atB.payouts).has(op.ref);
      if (holdsA && holdsB) both++;
      if (holdsB) atBCount++;
      const result = results[n]!;
      if (result.ok) {
        expect(result.value.provider).toBe(holdsA ? 'otgpay-a' : 'otgpay-b');
        expect(holdsA || holdsB).toBe(true);
      } else if (result.error.code === 'unknown_outcome') {
        unknown++;
        expect(result.error.reference).toBe(op.ref);
        expect(holdsB).toBe(false);
      } else {
        definite++;
        if (holdsA || holdsB) lost++;
      }
    }
    expect(both).toBe(0);
    expect(lost).toBe(0);
    const misleading = injected.unrecognised + injected.refusal + injected.tampered;
    expect(misleading).toBeGreaterThan(ops.length * 0.2);
    expect(atBCount).toBeGreaterThan(0);
    report({
      scenario: 'two providers (A misleading)',
      operations: ops.length,
      faultsInjected: misleading + injected.busy,
      unrecognised: injected.unrecognised,
      unsignedRefusals: injected.refusal,
      tamperedStatuses: injected.tampered,
      busy: injected.busy,
      failedOverToB: atBCount,
      ordersAtBoth: both,
      definiteFailures: definite,
      unknownAtEnd: unknown,
      lost,
    });
  }, 240_000);
});
