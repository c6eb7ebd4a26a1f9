import * as generated from './response-validators.generated.js';
import type {
  BalanceData,
  CallbackBody,
  PaymentCreateData,
  PaymentData,
  PayoutBatchData,
  PayoutData,
  PayoutSubmitData,
  RefundData,
  SettlementPageData,
  StatementPageData,
} from './wire-types.js';

/** One error of a precompiled validator (ajv's `ErrorObject` shape). */
export interface WireSchemaError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly message?: string;
}

/** A precompiled (ajv standalone) validator of a wire shape. */
export interface WireValidator<T> {
  (data: unknown): data is T;
  errors?: readonly WireSchemaError[] | null;
}

/**
 * Validators of every OTGPAY response `data` and of the callback body, generated from
 * `response-schemas.ts` at build time: nothing is compiled or evaluated at run time.
 */
export const validatePaymentCreateData =
  generated.paymentCreateData as WireValidator<PaymentCreateData>;
export const validatePaymentData = generated.paymentData as WireValidator<PaymentData>;
export const validateRefundData = generated.refundData as WireValidator<RefundData>;
export const validatePayoutSubmitData =
  generated.payoutSubmitData as WireValidator<PayoutSubmitData>;
export const validatePayoutData = generated.payoutData as WireValidator<PayoutData>;
export const validatePayoutBatchData = generated.payoutBatchData as WireValidator<PayoutBatchData>;
export const validateSettlementPageData =
  generated.settlementPageData as WireValidator<SettlementPageData>;
export const validateStatementPageData =
  generated.statementPageData as WireValidator<StatementPageData>;
export const validateBalanceData = generated.balanceData as WireValidator<BalanceData>;
export const validateCallbackBody = generated.callbackBody as WireValidator<CallbackBody>;

/** A one-line summary of the first schema violations, for error messages. */
export function describeSchemaErrors(validate: WireValidator<unknown>): string {
  return (validate.errors ?? [])
    .slice(0, 3)
    .map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`)
    .join('; ');
}
