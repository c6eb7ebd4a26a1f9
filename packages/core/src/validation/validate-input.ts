import type {
  CreateChargeInput,
  CreatePayoutBatchInput,
  CreatePayoutInput,
  CreateRefundInput,
  GetBalanceInput,
  GetChargeInput,
  GetPayoutInput,
  ListRangeInput,
  WebhookRequest,
} from '../contract/inputs.js';
import type { Normalized, NormalizedPayoutBatch } from '../contract/provider.js';
import { ValidationError } from '../errors/error-classes.js';
import type { Money, MoneyInput } from '../money/money.js';
import { toMoney } from '../money/normalize.js';
import { fromAjvError } from './ajv-error.js';
import { checkDateRange } from './calendar-date.js';
import { validatorFor } from './compiled-validators.js';
import type { ValidatedOperation } from './operation-schemas.js';

/** What each operation takes, and what `validateInput` gives back (money as `bigint`). */
export interface OperationInputs {
  /** A charge; money becomes a positive `bigint`. */
  createCharge: [CreateChargeInput, Normalized<CreateChargeInput>];
  /** A charge lookup by reference. */
  getCharge: [GetChargeInput, GetChargeInput];
  /** A refund; money becomes a positive `bigint`. */
  refund: [CreateRefundInput, Normalized<CreateRefundInput>];
  /** A payout; money becomes a positive `bigint`. */
  createPayout: [CreatePayoutInput, Normalized<CreatePayoutInput>];
  /** A payout lookup by reference. */
  getPayout: [GetPayoutInput, GetPayoutInput];
  /** A batch of 1 to {@link MAX_BATCH_ITEMS} payouts; each item's money becomes a positive `bigint`. */
  createPayoutBatch: [CreatePayoutBatchInput, NormalizedPayoutBatch];
  /** A balance query by currency. */
  getBalance: [GetBalanceInput, GetBalanceInput];
  /** A settlements range: real calendar days, `endDate >= startDate`, `pageSize` 1–100. */
  listSettlements: [ListRangeInput, ListRangeInput];
  /** A statement range: real calendar days, `endDate >= startDate`, `pageSize` 1–100. */
  listStatement: [ListRangeInput, ListRangeInput];
  /** A raw webhook: `rawBody` a string or bytes, `headers` an object. */
  webhook: [WebhookRequest, WebhookRequest];
}

function positiveMoney(input: MoneyInput, field: string): Money {
  const money = toMoney(input, field);
  if (money.amount <= 0n) {
    throw new ValidationError(`${field}.amount must be greater than zero`, {
      field: `${field}.amount`,
      rule: 'exclusiveMinimum',
    });
  }
  return money;
}

function withMoney<T extends { readonly money: MoneyInput }>(input: T, prefix: string) {
  return { ...input, money: positiveMoney(input.money, `${prefix}money`) };
}

/**
 * Checks `input` against the operation's JSON Schema, then normalizes money to exact
 * `bigint` minor units and applies the rules a schema cannot state (positive amounts,
 * real calendar days, `endDate >= startDate`). The first problem becomes a
 * `ValidationError` whose `field` is the dotted path and `rule` the broken rule. Pure:
 * no I/O, nothing is sent.
 */
export function validateInput<O extends ValidatedOperation>(
  operation: O,
  input: OperationInputs[O][0],
): OperationInputs[O][1] {
  const validate = validatorFor(operation);
  if (!validate(input)) {
    const [first] = validate.errors ?? [];
    if (first) throw fromAjvError(first, operation);
    throw new ValidationError(`Invalid ${operation} input`, { field: '(input)', rule: 'schema' });
  }
  return normalize(operation, input) as OperationInputs[O][1];
}

function normalize(operation: ValidatedOperation, input: unknown): unknown {
  switch (operation) {
    case 'createCharge':
    case 'refund':
    case 'createPayout':
      return withMoney(input as { money: MoneyInput }, '');
    case 'createPayoutBatch': {
      const batch = input as CreatePayoutBatchInput;
      return { ...batch, items: batch.items.map((item, i) => withMoney(item, `items.${i}.`)) };
    }
    case 'listSettlements':
    case 'listStatement':
      checkDateRange(input as ListRangeInput);
      return input;
    default:
      return input;
  }
}
