import { Ajv, type ValidateFunction } from 'ajv';
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

/**
 * JSON Schemas of every OTGPAY response `data` and of the callback body, compiled once
 * per process in strict mode. Unknown extra fields are allowed (the platform may add
 * some); every field the SDK reads is required and typed.
 */

const ajv = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true });

const str = { type: 'string' } as const;
const nonEmpty = { type: 'string', minLength: 1 } as const;
const int = { type: 'integer' } as const;
const decimal = { type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' } as const;
const date = { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' } as const;
const time = {
  type: 'string',
  pattern:
    '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$',
} as const;
const paymentStatus = { type: 'integer', minimum: -1, maximum: 5 } as const;
const orderStatus = { type: 'integer', minimum: 0, maximum: 3 } as const;

function object(properties: Record<string, unknown>, required: readonly string[]) {
  return { type: 'object', properties, required };
}

function compile<T>(schema: object): ValidateFunction<T> {
  return ajv.compile<T>(schema);
}

const refund = object(
  { refundId: nonEmpty, refundNo: nonEmpty, amount: decimal, status: orderStatus, reason: str },
  ['refundId', 'refundNo', 'amount', 'status'],
);

const page = (key: string, item: object) =>
  object(
    {
      total: { type: 'integer', minimum: 0 },
      page: { type: 'integer', minimum: 1 },
      pageSize: { type: 'integer', minimum: 1 },
      [key]: { type: 'array', items: item },
    },
    ['total', 'page', 'pageSize', key],
  );

export const validatePaymentCreateData = compile<PaymentCreateData>(
  object(
    {
      orderId: nonEmpty,
      orderNo: nonEmpty,
      payUrl: str,
      bankCode: str,
      bankNo: str,
      qrCode: str,
      status: paymentStatus,
    },
    ['orderId', 'orderNo', 'payUrl', 'status'],
  ),
);

export const validatePaymentData = compile<PaymentData>(
  object(
    {
      orderId: nonEmpty,
      orderNo: nonEmpty,
      amount: decimal,
      currency: nonEmpty,
      payType: str,
      inBankCode: str,
      status: paymentStatus,
      fee: decimal,
      payTime: time,
      refundedAmount: decimal,
      refunds: { type: 'array', items: refund },
    },
    [
      'orderId',
      'orderNo',
      'amount',
      'currency',
      'payType',
      'status',
      'fee',
      'refundedAmount',
      'refunds',
    ],
  ),
);

export const validateRefundData = compile<RefundData>(
  object(
    {
      orderId: nonEmpty,
      refundId: nonEmpty,
      refundNo: nonEmpty,
      amount: decimal,
      status: orderStatus,
    },
    ['orderId', 'refundId', 'refundNo', 'amount', 'status'],
  ),
);

export const validatePayoutSubmitData = compile<PayoutSubmitData>(
  object({ orderId: nonEmpty, orderNo: nonEmpty, status: orderStatus }, [
    'orderId',
    'orderNo',
    'status',
  ]),
);

export const validatePayoutData = compile<PayoutData>(
  object(
    {
      orderId: nonEmpty,
      orderNo: nonEmpty,
      amount: decimal,
      status: orderStatus,
      fee: decimal,
      finishTime: time,
      errorMsg: str,
    },
    ['orderId', 'orderNo', 'amount', 'status', 'fee'],
  ),
);

export const validatePayoutBatchData = compile<PayoutBatchData>(
  object(
    {
      batchId: nonEmpty,
      results: {
        type: 'array',
        items: object(
          { orderId: nonEmpty, orderNo: str, status: orderStatus, error: str, msg: str },
          ['orderId'],
        ),
      },
    },
    ['batchId', 'results'],
  ),
);

export const validateSettlementPageData = compile<SettlementPageData>(
  page(
    'records',
    object(
      {
        settlementNo: nonEmpty,
        settleDate: date,
        currency: nonEmpty,
        grossAmount: decimal,
        fee: decimal,
        netAmount: decimal,
        status: { type: ['integer', 'string'] },
      },
      ['settlementNo', 'settleDate', 'currency', 'grossAmount', 'fee', 'netAmount', 'status'],
    ),
  ),
);

export const validateStatementPageData = compile<StatementPageData>(
  page(
    'entries',
    object(
      {
        entryNo: nonEmpty,
        time,
        type: { type: 'string', enum: ['PAYMENT', 'REFUND', 'PAYOUT', 'FEE'] },
        orderId: str,
        amount: decimal,
        balanceAfter: decimal,
      },
      ['entryNo', 'time', 'type', 'amount', 'balanceAfter'],
    ),
  ),
);

export const validateBalanceData = compile<BalanceData>(
  object({ currency: nonEmpty, available: decimal, pending: decimal, frozen: decimal }, [
    'currency',
    'available',
    'pending',
    'frozen',
  ]),
);

export const validateCallbackBody = compile<CallbackBody>(
  object(
    {
      appId: int,
      event: {
        type: 'string',
        enum: ['payment.completed', 'payment.failed', 'payout.completed', 'payout.failed'],
      },
      orderId: nonEmpty,
      orderNo: nonEmpty,
      amount: decimal,
      currency: nonEmpty,
      fee: decimal,
      status: paymentStatus,
      payTime: time,
      finishTime: time,
      errorMsg: str,
      sign: nonEmpty,
    },
    ['appId', 'event', 'orderId', 'orderNo', 'amount', 'currency', 'status', 'sign'],
  ),
);

/** A one-line summary of the first schema violations, for error messages. */
export function describeSchemaErrors(validate: ValidateFunction): string {
  return (validate.errors ?? [])
    .slice(0, 3)
    .map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`)
    .join('; ');
}
