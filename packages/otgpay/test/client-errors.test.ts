import { PaymuxError } from '@paymux/core';
import { describe, expect, it } from 'vitest';
import { OtgpayClient } from '../src/index.js';
import { fakeOtgpay } from './fixtures/fake-otgpay.js';
import { API_KEY, APP_ID, merchantKeys, platformKeys } from './fixtures/keys.js';
import { payment } from './fixtures/wire-bodies.js';

function clientFor(reply: { error: string; msg: string }) {
  const fake = fakeOtgpay(() => reply);
  const client = new OtgpayClient({
    appId: APP_ID,
    apiKey: API_KEY,
    merchantPrivateKey: merchantKeys.privateBase64,
    platformPublicKey: platformKeys.publicBase64,
    baseUrl: 'https://otgpay.test',
    fetch: fake.fetch,
    providerId: 'otgpay-id',
  });
  return { client, fake };
}

const payout = {
  orderId: 'po-1',
  amount: '50000',
  accountType: 'BANK_ACCOUNT',
  bankCode: '014',
  accountNo: '1234567890',
  name: 'Budi',
  phone: '081234567890',
  email: 'b@example.com',
};

type Call = (client: OtgpayClient) => Promise<unknown>;
const createPayment: Call = (c) => c.createPayment(payment);
const getPayment: Call = (c) => c.getPayment('order-1');
const refund: Call = (c) => c.refundPayment('order-1', { refundId: 'rf-1', amount: '1000' });
const submitPayout: Call = (c) => c.submitPayout(payout);

async function failure(call: Call, reply: { error: string; msg: string }): Promise<PaymuxError> {
  const { client } = clientFor(reply);
  const error = await call(client).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!PaymuxError.isInstance(error))
    throw new Error(`expected a PaymuxError, got ${String(error)}`);
  return error;
}

describe('OTGPAY error codes → typed errors (protocol §3)', () => {
  const cases: Array<{
    name: string;
    call: Call;
    error: string;
    msg: string;
    expected: Partial<PaymuxError>;
  }> = [
    {
      name: '1001 names the missing field (charge)',
      call: createPayment,
      error: '1001',
      msg: 'param is null: phone',
      expected: { code: 'validation', field: 'customer.phone', rule: 'required', retryable: false },
    },
    {
      name: '1001 on a payout maps phone to recipient.phone',
      call: submitPayout,
      error: '1001',
      msg: 'param is null: phone',
      expected: { code: 'validation', field: 'recipient.phone', rule: 'required' },
    },
    {
      name: '1002 amount → money.amount',
      call: createPayment,
      error: '1002',
      msg: 'Illegal Param: amount',
      expected: { code: 'validation', field: 'money.amount', rule: 'invalid' },
    },
    {
      name: '1002 idCard → customer.nationalId',
      call: createPayment,
      error: '1002',
      msg: 'Illegal Param: idCard',
      expected: { code: 'validation', field: 'customer.nationalId' },
    },
    {
      name: '1002 inBankCode → method.channel',
      call: createPayment,
      error: '1002',
      msg: 'Illegal Param: inBankCode',
      expected: { code: 'validation', field: 'method.channel' },
    },
    {
      name: '1002 accountNo → destination.accountNumber',
      call: submitPayout,
      error: '1002',
      msg: 'Illegal Param: accountNo',
      expected: { code: 'validation', field: 'destination.accountNumber' },
    },
    {
      name: '1002 bankCode → destination.bank',
      call: submitPayout,
      error: '1002',
      msg: 'Illegal Param: bankCode',
      expected: { code: 'validation', field: 'destination.bank' },
    },
    {
      name: '1002 sign → AuthenticationError',
      call: createPayment,
      error: '1002',
      msg: 'Illegal Param: sign',
      expected: { code: 'authentication', retryable: false },
    },
    {
      name: '1002 orderId duplicate → reference/duplicate',
      call: createPayment,
      error: '1002',
      msg: 'Illegal Param: orderId duplicate',
      expected: { code: 'validation', field: 'reference', rule: 'duplicate' },
    },
    {
      name: '1002 amount on a refund → money.amount/refundable',
      call: refund,
      error: '1002',
      msg: 'Illegal Param: amount',
      expected: {
        code: 'validation',
        field: 'money.amount',
        rule: 'refundable',
        reference: 'rf-1',
      },
    },
    {
      name: '1002 order not paid → InvalidStateError',
      call: refund,
      error: '1002',
      msg: 'Illegal Param: order not paid',
      expected: { code: 'invalid_state' },
    },
    {
      name: '1002 insufficient balance → InvalidStateError (documented choice)',
      call: submitPayout,
      error: '1002',
      msg: 'Illegal Param: insufficient balance',
      expected: { code: 'invalid_state', retryable: false },
    },
    {
      name: '1003 on a write → UnknownOutcomeError with the reference',
      call: createPayment,
      error: '1003',
      msg: 'system exception',
      expected: { code: 'unknown_outcome', reference: 'order-1', retryable: false },
    },
    {
      name: '1003 on a refund → UnknownOutcomeError with the refund reference',
      call: refund,
      error: '1003',
      msg: 'system exception',
      expected: { code: 'unknown_outcome', reference: 'rf-1' },
    },
    {
      name: '1003 on a read → retryable ProviderError',
      call: getPayment,
      error: '1003',
      msg: 'system exception',
      expected: { code: 'provider_error', retryable: true },
    },
    {
      name: '1004 → retryable RateLimitedError',
      call: createPayment,
      error: '1004',
      msg: 'system is busy',
      expected: { code: 'rate_limited', retryable: true },
    },
    {
      name: '4013 → NotFoundError',
      call: getPayment,
      error: '4013',
      msg: 'order not exit',
      expected: { code: 'not_found', retryable: false, reference: 'order-1' },
    },
    {
      name: '4014 → InvalidStateError',
      call: refund,
      error: '4014',
      msg: 'order is already end status',
      expected: { code: 'invalid_state', retryable: false },
    },
    {
      name: 'an unknown code on a write → unknown outcome (not on the allow-list of refusals)',
      call: createPayment,
      error: '9999',
      msg: 'whatever',
      expected: { code: 'unknown_outcome', retryable: false },
    },
    {
      name: 'an unknown code on a read → non-retryable ProviderError',
      call: getPayment,
      error: '9999',
      msg: 'whatever',
      expected: { code: 'provider_error', retryable: false },
    },
    {
      name: '1002 naming no field on a write → unknown outcome',
      call: createPayment,
      error: '1002',
      msg: 'Illegal Param',
      expected: { code: 'unknown_outcome' },
    },
    {
      name: '4014 on a payment create (an order with this id exists) → unknown outcome',
      call: createPayment,
      error: '4014',
      msg: 'order is already end status',
      expected: { code: 'unknown_outcome' },
    },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      const error = await failure(c.call, { error: c.error, msg: c.msg });
      expect(error).toMatchObject({ ...c.expected, provider: 'otgpay-id', providerCode: c.error });
      expect(error.raw).toMatchObject({ status: '0', error: c.error, msg: c.msg });
    });
  }
});
