import { type CreateChargeInput, type Normalized, toDecimalString } from '@paymux/core';
import { OtgpaySigner } from '@paymux/otgpay';
import { type Sandbox, startSandbox } from '@paymux/otgpay-sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pakistan } from '../src/index.js';
import { chargeInput, payoutInput } from './inputs.js';

/**
 * The adapter's wire fields, signed with the real signer and sent over real HTTP to the
 * real sandbox, which enforces protocol §5 for PK. This proves the fields are what OTGPAY
 * accepts, independently of the OTGPAY client (tested through `createPaymux` in e2e).
 */
describe('adapter output accepted by the OTGPAY sandbox (PK)', () => {
  const pk = pakistan();
  let sandbox: Sandbox;
  let signer: OtgpaySigner;
  let appId: number;

  beforeAll(async () => {
    sandbox = await startSandbox({ payoutDelayMs: 20, magicDelayMs: 10, logger: () => {} });
    const m = sandbox.merchants.PK;
    appId = m.appId;
    signer = new OtgpaySigner({
      privateKey: m.merchantPrivateKey,
      verifyKey: m.platformPublicKey,
      apiKey: m.apiKey,
    });
    sandbox.control.fund('PK', '1000000.00');
  });

  afterAll(async () => {
    await sandbox?.stop();
  });

  async function call(method: 'GET' | 'POST', path: string, params: Record<string, unknown>) {
    const signed = { appId, ...params };
    const body = { ...signed, sign: signer.sign(signed) };
    const url = new URL(path, sandbox.url);
    if (method === 'GET') {
      for (const [k, v] of Object.entries(body)) url.searchParams.set(k, String(v));
    }
    const res = await fetch(url, {
      method,
      headers: method === 'POST' ? { 'content-type': 'application/json' } : {},
      body: method === 'POST' ? JSON.stringify(body) : null,
    });
    const envelope = (await res.json()) as {
      status: string;
      error: string;
      msg: string;
      data?: Record<string, unknown>;
    };
    if (envelope.status === '1') expect(signer.verify(envelope.data ?? {})).toBe(true);
    return envelope;
  }

  const wireAmount = (input: { money: { amount: bigint; currency: string } }) =>
    toDecimalString(input.money, pk.wireExponent);

  it.each([
    ['JazzCash', { type: 'ewallet', channel: 'JAZZCASH' }],
    ['Easypaisa', { type: 'ewallet', channel: 'EASYPAISA' }],
    ['Raast', { type: 'bank_transfer', channel: 'RAAST' }],
  ] as const)(
    '%s charge: created, queried back with the same payType and amount',
    async (label, method) => {
      const orderId = `pk-charge-${label}`;
      const input: Normalized<CreateChargeInput> = chargeInput({
        reference: orderId,
        method,
        money: { amount: 150_050n, currency: 'PKR' },
      });
      const fields = pk.toChargeFields(input);
      const created = await call('POST', '/api/payment/create', {
        orderId,
        amount: wireAmount(input),
        ...fields,
      });
      expect(created).toMatchObject({ status: '1', data: { orderId } });
      const got = await call('GET', `/api/payment/${orderId}`, { orderId });
      expect(got.data).toMatchObject({
        amount: '1500.50',
        currency: 'PKR',
        payType: fields.payType,
      });
    },
  );

  it('the sandbox itself refuses a JazzCash charge without idCard (our adapter refuses it first)', async () => {
    const { idCard: _dropped, ...fields } = pk.toChargeFields(chargeInput());
    const refused = await call('POST', '/api/payment/create', {
      orderId: 'pk-charge-no-cnic',
      amount: '1500.00',
      ...fields,
    });
    expect(refused).toMatchObject({ status: '0', error: '1001' });
  });

  it.each([
    [
      'IBAN at MCB',
      { type: 'bank_account', bank: 'MCB', accountNumber: 'pk24 mucb 0646 6099 7100 0177' },
    ],
    ['JazzCash wallet', { type: 'ewallet', bank: 'Jazz Cash', accountNumber: '+92 300 1234567' }],
    ['Easypaisa wallet', { type: 'ewallet', bank: 'easypaisa', accountNumber: '0345-1234567' }],
  ] as const)('payout to %s: submitted and completed', async (label, destination) => {
    const orderId = `pk-payout-${label.replace(/\W+/g, '-')}`;
    const input = payoutInput({ reference: orderId, destination });
    const fields = pk.toPayoutFields(input);
    const submitted = await call('POST', '/api/payout/submit', {
      orderId,
      amount: wireAmount(input),
      ...fields,
    });
    expect(submitted).toMatchObject({ status: '1', data: { orderId } });
    let status: unknown;
    for (let i = 0; i < 50 && status !== 2; i++) {
      await new Promise((r) => setTimeout(r, 20));
      status = (await call('GET', `/api/payout/${orderId}`, { orderId })).data?.['status'];
    }
    expect(status).toBe(2);
  });
});
