import type { OperationContext, PaymentProvider } from '../contract/provider.js';
import { InvalidStateError, UnknownOutcomeError } from '../errors/error-classes.js';
import type { PaymuxError } from '../errors/paymux-error.js';
import { asPaymuxError } from '../retry/classify.js';
import { runWrite, type WriteOutcome } from '../retry/run-write.js';
import { mayFailover } from '../routing/failover-policy.js';
import { type IdempotencyRecord, LeaseLostError, type LedgerClaim } from '../store/idempotency.js';
import type { Differences } from './mismatch.js';
import { operationContext } from './operation-context.js';
import { retryReporter } from './retry-reporter.js';
import type { Runtime } from './runtime.js';

/** Everything the write pipeline needs to know about one create. */
export interface WritePlan<T> {
  /** Operation name in events, e.g. `createCharge`. */
  readonly operation: string;
  /** Operation name of the reconcile query in events, e.g. `getCharge`. */
  readonly findOperation: string;
  /** Logical operation key, e.g. `charge:order-1`. */
  readonly key: string;
  readonly reference: string;
  /** Ordered candidates when no earlier attempt pins a provider. */
  candidates(): PaymentProvider[];
  send(provider: PaymentProvider, ctx: OperationContext): Promise<T>;
  /** Resolves with the object by reference or throws `not_found`. */
  find(provider: PaymentProvider, ctx: OperationContext): Promise<T>;
  /**
   * What differs between this call's request and a stored or found object under its
   * reference (money and currency; a payout's destination; a refund's charge). Empty: the
   * object is this call's and is adopted. Otherwise the reference was reused for something
   * else and the call fails with `InvalidStateError` listing the differences.
   */
  differences(result: T): Differences;
  /**
   * How the outcome is kept in the idempotency record, when not as it is (a batch chunk
   * keeps one compact line per item); `decode` rebuilds the result from it.
   */
  readonly stored?: {
    encode(result: T): unknown;
    decode(stored: unknown): T;
  };
  /**
   * The provider an earlier operation may have sent this reference to without an
   * idempotency record of its own (an item of a payout batch): the call is pinned there
   * and starts with a query, as for an in-flight record.
   */
  earlier?(): Promise<string | undefined>;
  /** Called once when the object was created (or found by reconcile) by this call. */
  created(result: T, provider: PaymentProvider): Promise<void>;
  readonly signal?: AbortSignal;
}

/**
 * idempotency record → candidates → retry loop with reconcile → failover → record.
 * - A completed record returns its stored outcome without calling any provider.
 * - The record is owned with a lease (`idempotencyLeaseMs`): a call in another instance
 *   waits while the owner is alive; after the lease (the owner died) it takes over.
 * - An in-flight record with a provider (an earlier call ended with an unknown outcome,
 *   or its owner died mid-call) pins that provider and starts with a query.
 * - The idempotency key of the record is sent on every attempt and every later call.
 * - Failover to the next candidate only when the error proves nothing took effect.
 * - A concurrent call with the same key in this process joins the running one, and gets
 *   its result only if that result is what it asked for (else the reference was reused).
 */
export function executeWrite<T>(runtime: Runtime, plan: WritePlan<T>): Promise<T> {
  const running = runtime.running.get(plan.key) as Promise<T> | undefined;
  if (running) {
    return running.then((result) => {
      const differences = plan.differences(result);
      if (differences.length > 0) throw reused(plan, differences);
      return result;
    });
  }
  const task = runPlan(runtime, plan).finally(() => runtime.running.delete(plan.key));
  runtime.running.set(plan.key, task);
  return task;
}

async function runPlan<T>(runtime: Runtime, plan: WritePlan<T>): Promise<T> {
  const claim = await runtime.ledger.acquire<T>(plan.key, plan.signal);
  try {
    return await runClaimed(runtime, plan, claim);
  } catch (error) {
    // Another instance took the record over (this one stalled past its lease): follow it.
    if (error instanceof LeaseLostError) return runPlan(runtime, plan);
    throw error;
  } finally {
    // An unresolved call leaves the record in flight: let the next caller take it at once.
    await claim.release();
  }
}

async function runClaimed<T>(
  runtime: Runtime,
  plan: WritePlan<T>,
  claim: LedgerClaim<T>,
): Promise<T> {
  let record: IdempotencyRecord<T> = claim.record;
  if (record.state === 'completed' && record.outcome !== undefined) {
    const outcome = plan.stored ? plan.stored.decode(record.outcome) : record.outcome;
    const differences = plan.differences(outcome);
    if (differences.length > 0) throw reused(plan, differences);
    return outcome;
  }

  // In flight at a provider (an earlier call ended with an unknown outcome, or its process
  // died and its lease ran out), or sent there by a batch: pin that provider and start
  // with a query.
  const pinnedId = claim.mayExist ? record.provider : await plan.earlier?.();
  let candidates: PaymentProvider[];
  if (pinnedId !== undefined) {
    const pinned = runtime.router.providers.find((provider) => provider.id === pinnedId);
    if (!pinned) {
      throw new UnknownOutcomeError(
        `An earlier attempt of ${plan.reference} went to "${pinnedId}", which is not registered`,
        { provider: pinnedId, reference: plan.reference },
      );
    }
    candidates = [pinned];
  } else {
    candidates = plan.candidates();
  }

  for (const [index, provider] of candidates.entries()) {
    record = await claim.update({ provider: provider.id, state: 'in_flight' });
    const context = (operation: string, attempt: number) =>
      operationContext(
        runtime,
        { provider: provider.id, operation, idempotencyKey: record.idempotencyKey, attempt },
        plan.signal,
      );
    let outcome: WriteOutcome<T>;
    try {
      outcome = await runWrite(
        {
          reference: plan.reference,
          startAmbiguous: pinnedId !== undefined,
          send: (attempt) => plan.send(provider, context(plan.operation, attempt)),
          find: (attempt) => plan.find(provider, context(plan.findOperation, attempt)),
        },
        {
          provider: provider.id,
          options: runtime.retry,
          onRetry: retryReporter(runtime, provider.id, plan.operation),
          ...(plan.signal ? { signal: plan.signal } : {}),
        },
      );
    } catch (thrown) {
      const error = asPaymuxError(thrown, {
        provider: provider.id,
        write: true,
        reference: plan.reference,
      });
      const hasNext = index < candidates.length - 1;
      // Only a refusal that proves nothing happened (confirmed by a query when it came in an
      // answer, see runWrite) ends the record and may move on to the next provider.
      if (error.code !== 'unknown_outcome' && error.outcomeUnknown !== true) {
        record = await claim.update({
          state: 'failed',
          failure: { code: error.code, message: error.message },
        });
        if (hasNext && mayFailover(error, true)) continue;
      }
      report(runtime, plan, provider.id, error);
      throw error;
    }
    // The object exists at the provider under this reference: record it before anything else.
    const kept = plan.stored ? (plan.stored.encode(outcome.result) as T) : outcome.result;
    record = await claim.complete(kept, provider.id);
    const differences = outcome.reconciled ? plan.differences(outcome.result) : [];
    if (differences.length > 0) {
      const error = reused(plan, differences);
      report(runtime, plan, provider.id, error);
      throw error;
    }
    await plan.created(outcome.result, provider);
    return outcome.result;
  }
  // `candidates()` never returns an empty list (the router throws UnsupportedError).
  throw new UnknownOutcomeError('No candidate was tried', { reference: plan.reference });
}

function reused(plan: WritePlan<unknown>, differences: Differences): InvalidStateError {
  return new InvalidStateError(
    `Reference ${plan.reference} was already used for a different ${plan.operation} request ` +
      `(${differences.join('; ')}); use a new reference for a new request`,
    { reference: plan.reference, field: 'reference', rule: 'unique' },
  );
}

function report(runtime: Runtime, plan: WritePlan<unknown>, provider: string, error: PaymuxError) {
  runtime.emitter.emit('error', {
    provider,
    operation: plan.operation,
    reference: plan.reference,
    error,
  });
}
