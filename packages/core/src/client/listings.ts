import type { ListRangeInput } from '../contract/inputs.js';
import type { OperationContext, PaymentProvider } from '../contract/provider.js';
import type { Settlement } from '../resources/settlement.js';
import type { StatementEntry } from '../resources/statement-entry.js';
import { asPaymuxError } from '../retry/classify.js';
import { validateInput } from '../validation/validate-input.js';
import type { CallOptions } from './call-options.js';
import { operationContext } from './operation-context.js';
import { pickProvider } from './pick-provider.js';
import type { Runtime } from './runtime.js';

/** A date range of one provider's settlements or statement. Give `provider`, `currency`, or both. */
export interface ListQuery extends ListRangeInput {
  /** Provider id; else the first provider routed for `currency`. */
  readonly provider?: string;
  /**
   * ISO 4217 code used to pick the provider when `provider` is not given (without either,
   * `list` throws `ValidationError` on `currency`). It does not filter the items.
   */
  readonly currency?: string;
}

/**
 * `paymux.settlements` and `paymux.statement`: one provider's records over a date range.
 *
 * @example
 * ```ts
 * for await (const entry of paymux.statement.list({
 *   provider: 'otgpay-id',
 *   startDate: '2026-11-01',
 *   endDate: '2026-11-30',
 * })) {
 *   console.log(entry.time.toISOString(), entry.type, entry.amount.amount, entry.orderReference);
 * }
 * ```
 */
export interface ListApi<T> {
  /**
   * Every item of the range, page by page as the provider fetches them. The query is
   * validated when `list` is called, before anything is sent. Pages are not retried by
   * the core: a failed page ends the iteration with a `PaymuxError`.
   */
  list(query: ListQuery, options?: CallOptions): AsyncIterable<T>;
}

type Lister<T> = (
  provider: PaymentProvider,
  range: ListRangeInput,
  ctx: OperationContext,
) => AsyncIterable<T>;

function listApi<T>(
  runtime: Runtime,
  operation: 'listSettlements' | 'listStatement',
  feature: 'settlements' | 'statement',
  lister: Lister<T>,
): ListApi<T> {
  return {
    list(query, options = {}) {
      const range = validateInput(operation, {
        startDate: query.startDate,
        endDate: query.endDate,
        ...(query.pageSize === undefined ? {} : { pageSize: query.pageSize }),
      });
      const provider = pickProvider(runtime, feature, {
        ...(query.provider === undefined ? {} : { provider: query.provider }),
        ...(query.currency === undefined ? {} : { currency: query.currency }),
      });
      const ctx = operationContext(
        runtime,
        {
          provider: provider.id,
          operation,
          idempotencyKey: globalThis.crypto.randomUUID(),
          attempt: 1,
        },
        options.signal,
      );
      return {
        async *[Symbol.asyncIterator]() {
          try {
            yield* lister(provider, range, ctx);
          } catch (error) {
            throw asPaymuxError(error, { provider: provider.id, write: false });
          }
        },
      };
    },
  };
}

export function settlementsApi(runtime: Runtime): ListApi<Settlement> {
  return listApi(runtime, 'listSettlements', 'settlements', (provider, range, ctx) =>
    provider.listSettlements(range, ctx),
  );
}

export function statementApi(runtime: Runtime): ListApi<StatementEntry> {
  return listApi(runtime, 'listStatement', 'statement', (provider, range, ctx) =>
    provider.listStatement(range, ctx),
  );
}
