/**
 * JSON Schemas of every OTGPAY response `data` and of the callback body. Precompiled at
 * build time into `response-validators.generated.ts` (strict mode, all errors) by
 * `scripts/generate-validators.ts`. Unknown extra fields are allowed (the platform may add
 * some); every field the SDK reads is required and typed.
 */

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

const paymentCreateData = object(
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
);

const paymentData = object(
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
);

const refundData = object(
  {
    orderId: nonEmpty,
    refundId: nonEmpty,
    refundNo: nonEmpty,
    amount: decimal,
    status: orderStatus,
  },
  ['orderId', 'refundId', 'refundNo', 'amount', 'status'],
);

const payoutSubmitData = object({ orderId: nonEmpty, orderNo: nonEmpty, status: orderStatus }, [
  'orderId',
  'orderNo',
  'status',
]);

const payoutData = object(
  {
    orderId: nonEmpty,
    orderNo: nonEmpty,
    amount: decimal,
    status: orderStatus,
    fee: decimal,
    accountType: nonEmpty,
    bankCode: nonEmpty,
    accountNo: nonEmpty,
    finishTime: time,
    errorMsg: str,
  },
  ['orderId', 'orderNo', 'amount', 'status', 'fee'],
);

const payoutBatchData = object(
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
);

const settlementPageData = page(
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
);

const statementPageData = page(
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
);

const balanceData = object(
  { currency: nonEmpty, available: decimal, pending: decimal, frozen: decimal },
  ['currency', 'available', 'pending', 'frozen'],
);

const callbackBody = object(
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
);

/** Every schema, by the name of its generated validator. */
export const RESPONSE_SCHEMAS = {
  paymentCreateData,
  paymentData,
  refundData,
  payoutSubmitData,
  payoutData,
  payoutBatchData,
  settlementPageData,
  statementPageData,
  balanceData,
  callbackBody,
};
