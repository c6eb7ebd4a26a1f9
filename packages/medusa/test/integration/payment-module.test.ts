import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { IPaymentModuleService, PaymentSessionDTO } from '@medusajs/framework/types';
import { Modules } from '@medusajs/framework/utils';
import { moduleIntegrationTestRunner } from '@medusajs/test-utils';
import { createPaymux, fromDecimalString, type Paymux } from '@paymux/core';
import { otgpay } from '@paymux/otgpay';
import { indonesia } from '@paymux/otgpay-id';
import { pakistan } from '@paymux/otgpay-pk';
import { type Sandbox, startSandbox } from '@paymux/otgpay-sandbox';
import { thailand } from '@paymux/otgpay-th';
import { PostgresStore } from '@paymux/store-postgres';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import paymuxMedusa, {
  exactDecimal,
  PaymuxPaymentProviderService,
  toMoney,
} from '../../src/index.js';
import { credentials } from '../support/credentials.js';
import { MedusaWebhookRoute } from '../support/medusa-webhook-route.js';
import { medusaDatabase, pgUrl } from '../support/postgres.js';

/**
 * The real Medusa Payment Module (@medusajs/payment 2.21, PostgreSQL) with @paymux/medusa
 * as its provider, against the OTGPAY sandbox over real HTTP on 127.0.0.1: the payer pays on
 * the sandbox's hosted page, the sandbox posts its signed callback to a stand-in of Medusa's
 * webhook route, and the module's own methods do what Medusa's workflows do with it.
 */
const database = medusaDatabase();
const require = createRequire(import.meta.url);
const paymentModulePath = dirname(require.resolve('@medusajs/payment/package.json'));

type Country = 'ID' | 'TH' | 'PK';

interface CountryCase {
  readonly country: Country;
  readonly id: string;
  readonly currency: string;
  /** Medusa major units (IDR and PKR have 0 decimals in Medusa, THB 2). */
  readonly amount: string;
  readonly refund: unknown;
  readonly refundWire: string;
  readonly failingAmount: string;
  readonly data: Record<string, unknown>;
  readonly customer: Record<string, unknown>;
  readonly nextAction: string;
}

const CASES: readonly CountryCase[] = [
  {
    country: 'ID',
    id: 'otgpay-id',
    currency: 'idr',
    amount: '150000',
    refund: 50000,
    refundWire: '50000',
    failingAmount: '100666',
    data: { method: { type: 'virtual_account', channel: 'BCA' } },
    customer: {
      first_name: 'Budi',
      last_name: 'Santoso',
      email: 'budi@example.co.id',
      phone: '+62 812-3456-7890',
    },
    nextAction: 'virtual_account',
  },
  {
    country: 'TH',
    id: 'otgpay-th',
    currency: 'thb',
    amount: '1234.56',
    refund: { value: '234.56', precision: 20 },
    refundWire: '234.56',
    failingAmount: '106.66',
    data: { method: 'qr' },
    customer: {
      first_name: 'Somchai',
      last_name: 'Jaidee',
      email: 'somchai@example.co.th',
      phone: '081 234 5678',
    },
    nextAction: 'qr',
  },
  {
    country: 'PK',
    id: 'otgpay-pk',
    currency: 'pkr',
    amount: '5000',
    refund: '1500',
    refundWire: '1500.00',
    failingAmount: '1006.66',
    data: {
      method: { type: 'ewallet', channel: 'JAZZCASH' },
      customer: { national_id: '35202-1234567-1' },
    },
    customer: {
      first_name: 'Ayesha',
      last_name: 'Khan',
      email: 'ayesha@example.pk',
      phone: '0300 1234567',
    },
    nextAction: 'redirect',
  },
];

let sandbox: Sandbox | undefined;
let route: MedusaWebhookRoute | undefined;
let paymux: Promise<Paymux> | undefined;
let moduleService: IPaymentModuleService | undefined;

const providers = CASES.map((c) => ({
  resolve: paymuxMedusa,
  id: c.id,
  // Read when the module boots (beforeEach), after the sandbox and the route started.
  options: {
    get paymux() {
      return paymux;
    },
    provider: c.id,
    ...(c.country === 'PK' ? { method: { type: 'ewallet', channel: 'JAZZCASH' } } : {}),
    get notifyUrl() {
      return route?.url(`paymux_${c.id}`);
    },
  },
}));

if (database.available) {
  sandbox = await startSandbox({
    callbackRetryDelaysMs: [20, 40],
    magicDelayMs: 20,
    autoSettle: false, // balances move only by what a test does
  });
  route = await MedusaWebhookRoute.start(() => moduleService as IPaymentModuleService);
  const sb = sandbox;
  // paymux's own records (idempotency, webhook claims) in PostgreSQL too, as in production
  // with a Medusa server and worker; given to the provider as a promise of the client.
  const connecting = PostgresStore.connect({
    connectionString: pgUrl(),
    schema: 'paymux_medusa_it',
  });
  paymux = connecting.then((store) =>
    createPaymux({
      providers: [
        otgpay({ ...credentials(sb, 'ID'), country: indonesia() }),
        otgpay({ ...credentials(sb, 'TH'), country: thailand() }),
        otgpay({ ...credentials(sb, 'PK'), country: pakistan() }),
      ],
      store,
    }),
  );
  afterAll(async () => {
    await route?.stop();
    await sandbox?.stop();
    await (await connecting).close();
  });
}

const wire = () => sandbox as Sandbox;

async function settle(): Promise<void> {
  await wire().control.callbacksIdle();
  await (route as MedusaWebhookRoute).idle();
}

function sandboxPayments(country: Country, orderId: string) {
  return wire()
    .control.orders(country)
    .payments.filter((p) => p.orderId === orderId) as Array<Record<string, unknown>>;
}

/** The payer presses Pay on the sandbox's hosted page (a plain form POST, as a browser does). */
async function payOnHostedPage(session: PaymentSessionDTO): Promise<void> {
  const next = session.data.next_action as { url?: string };
  const url = (next?.url ?? '') as string;
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/pay\//);
  const page = await fetch(url);
  expect(page.status).toBe(200);
  const paid = await fetch(`${url}/pay`, { method: 'POST', redirect: 'manual' });
  expect(paid.status).toBe(303);
}

const amountOf = (value: unknown) => exactDecimal(value);

(database.available ? describe : describe.skip)(
  '@paymux/medusa on the Medusa Payment Module',
  () => {
    moduleIntegrationTestRunner<IPaymentModuleService>({
      moduleName: Modules.PAYMENT,
      resolve: paymentModulePath,
      moduleOptions: { providers },
      testSuite: ({ service }) => {
        beforeEach(() => {
          moduleService = service;
        });
        afterEach(async () => {
          await settle();
          wire().control.clearFaults();
        });

        async function openSession(c: CountryCase, amount = c.amount) {
          const [collection] = await service.createPaymentCollections([
            { currency_code: c.currency, amount },
          ]);
          const session = await service.createPaymentSession(collection!.id, {
            provider_id: `pp_paymux_${c.id}`,
            currency_code: c.currency,
            amount,
            data: c.data,
            context: { customer: { id: 'cus_1', ...c.customer } as never },
          });
          return { collection: collection!, session };
        }

        async function paymentOf(sessionId: string) {
          const payments = await service.listPayments(
            { payment_session_id: sessionId },
            { relations: ['captures', 'refunds'] },
          );
          return payments;
        }

        describe.each(CASES)('$country ($currency)', (c) => {
          it('keeps the session pending until the payer pays on the hosted page, then the signed callback captures the exact amount', async () => {
            const { collection, session } = await openSession(c);
            expect(session.status).toBe('pending_authorization');
            expect(session.data).toMatchObject({
              reference: session.id,
              session_id: session.id,
              provider: c.id,
              status: 'pending',
              amount: c.amount,
              currency: c.currency.toUpperCase(),
              next_action: { type: c.nextAction },
            });
            expect(sandboxPayments(c.country, session.id)).toHaveLength(1);

            // Checkout completes the cart: the session is authorized, the payer has not paid.
            expect(await service.authorizePaymentSession(session.id, {})).toBeNull();
            const waiting = await service.retrievePaymentSession(session.id);
            expect(waiting.status).toBe('pending_authorization');
            expect(await paymentOf(session.id)).toHaveLength(0);

            await payOnHostedPage(session);
            await settle();

            const accepted = route!
              .forProvider(`paymux_${c.id}`)
              .filter((p) => p.rawBody.includes(session.id));
            expect(accepted.length).toBeGreaterThanOrEqual(1);
            expect(accepted.map((p) => p.error).filter(Boolean)).toEqual([]);
            expect(accepted[0]?.result).toEqual({
              action: 'captured',
              data: { session_id: session.id, amount: c.amount },
            });

            const [payment, ...others] = await paymentOf(session.id);
            expect(others).toHaveLength(0);
            expect(payment?.captured_at).toBeTruthy();
            expect(payment?.captures).toHaveLength(1);
            expect(amountOf(payment?.captures?.[0]?.amount)).toBe(c.amount);
            const after = await service.retrievePaymentCollection(collection.id);
            expect(after.status).toBe('completed');
            expect(amountOf(after.captured_amount)).toBe(c.amount);
            expect((await service.retrievePaymentSession(session.id)).status).toBe('authorized');
          });

          it('refunds part of the payment at the sandbox, once, even when the refund answer is dropped', async () => {
            const { session } = await openSession(c);
            await payOnHostedPage(session);
            await settle();
            const [payment] = await paymentOf(session.id);
            expect(payment?.captured_at).toBeTruthy();

            const pendingBefore = wire().control.balance(c.country).pending as string;
            wire().control.setFaults({ dropAfterCommit: 1, paths: ['/api/payment/{id}/refund'] });
            const refunded = await service.refundPayment({
              payment_id: payment!.id,
              amount: c.refund as never,
            });
            expect(wire().control.getFaults().dropAfterCommit ?? 0).toBe(0);
            const refunds = refunded.refunds ?? [];
            expect(refunds).toHaveLength(1);
            const [order] = sandboxPayments(c.country, session.id);
            const wireRefunds = order?.refunds as Array<Record<string, unknown>>;
            expect(wireRefunds).toHaveLength(1);
            expect(wireRefunds[0]).toMatchObject({
              refundId: refunds[0]!.id,
              amount: c.refundWire,
              status: 2,
            });
            // The money left the merchant's pending balance at the sandbox, exactly once.
            const currency = c.currency.toUpperCase();
            const pendingAfter = wire().control.balance(c.country).pending as string;
            expect(
              fromDecimalString(pendingBefore, currency).amount -
                fromDecimalString(pendingAfter, currency).amount,
            ).toBe(toMoney(c.refund, currency).amount);
            expect(refunded.data).toMatchObject({
              refunded: exactDecimal(c.refund),
              refunds: [{ reference: refunds[0]!.id, status: 'succeeded' }],
            });
          });

          it('ignores a duplicate and a forged callback', async () => {
            wire().control.setFaults({ duplicateCallbacks: true });
            const paid = await openSession(c);
            const unpaid = await openSession(c);
            await payOnHostedPage(paid.session);
            await settle();
            const deliveries = wire().control.callbacks(c.country, paid.session.id);
            expect(deliveries.length).toBeGreaterThanOrEqual(2);

            const signed = route!
              .forProvider(`paymux_${c.id}`)
              .find((p) => p.rawBody.includes(paid.session.id));
            expect(signed?.result?.action).toBe('captured');
            // The same signed body, pointed at the unpaid session: the signature no longer holds.
            const forged = signed!.rawBody.replaceAll(paid.session.id, unpaid.session.id);
            const answer = await fetch(route!.url(`paymux_${c.id}`), {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: forged,
            });
            expect(answer.status).toBe(200);
            await settle();

            const forgedResult = route!
              .forProvider(`paymux_${c.id}`)
              .filter((p) => p.rawBody.includes(unpaid.session.id));
            expect(forgedResult.map((p) => p.result)).toEqual([{ action: 'not_supported' }]);
            expect(await paymentOf(unpaid.session.id)).toHaveLength(0);
            expect((await service.retrievePaymentSession(unpaid.session.id)).status).toBe(
              'pending_authorization',
            );

            const [payment, ...others] = await paymentOf(paid.session.id);
            expect(others).toHaveLength(0);
            expect(payment?.captures).toHaveLength(1);
            expect(amountOf(payment?.captures?.[0]?.amount)).toBe(c.amount);
          });

          it('creates one order when the create answer is dropped and the session is initiated again with the same key', async () => {
            wire().control.setFaults({ dropAfterCommit: 1, paths: ['/api/payment/create'] });
            const { session } = await openSession(c);
            expect(wire().control.getFaults().dropAfterCommit ?? 0).toBe(0);
            expect(session.status).toBe('pending_authorization');
            expect(sandboxPayments(c.country, session.id)).toHaveLength(1);

            // Medusa retrying initiatePayment with the same idempotency key (the session id).
            const provider = new PaymuxPaymentProviderService(
              {},
              providers.find((p) => p.id === c.id)!.options as never,
            );
            const again = await provider.initiatePayment({
              amount: c.amount,
              currency_code: c.currency,
              data: { ...c.data, session_id: session.id },
              context: { idempotency_key: session.id, customer: c.customer as never },
            });
            expect(again.id).toBe(session.id);
            expect(again.data).toMatchObject({ reference: session.id, amount: c.amount });
            expect(sandboxPayments(c.country, session.id)).toHaveLength(1);
          });

          it('reports an expired or failed payment through the status poll, never as paid', async () => {
            const { session } = await openSession(c, c.failingAmount);
            await settle();
            // Poll like a scheduled job would, until the sandbox has failed the order.
            let status = 'pending_authorization';
            for (let i = 0; i < 50 && status === 'pending_authorization'; i++) {
              await new Promise((r) => setTimeout(r, 20));
              const provider = new PaymuxPaymentProviderService(
                {},
                providers.find((p) => p.id === c.id)!.options as never,
              );
              status = (await provider.getPaymentStatus({ data: session.data })).status;
            }
            expect(status).toBe('error');
            await settle();
            const failed = route!
              .forProvider(`paymux_${c.id}`)
              .filter((p) => p.rawBody.includes(session.id));
            expect(failed.map((p) => p.result?.action)).toContain('failed');

            await expect(service.authorizePaymentSession(session.id, {})).rejects.toThrow(
              /was not authorized/,
            );
            expect((await service.retrievePaymentSession(session.id)).status).toBe('error');
            expect(await paymentOf(session.id)).toHaveLength(0);
          });
        });

        it('refuses a fractional rupiah refund before anything is sent', async () => {
          const c = CASES[0]!;
          const { session } = await openSession(c);
          await payOnHostedPage(session);
          await settle();
          const [payment] = await paymentOf(session.id);
          await expect(
            service.refundPayment({
              payment_id: payment!.id,
              amount: { value: '50000.5', precision: 20 } as never,
            }),
          ).rejects.toThrow(/field money\.amount/);
          const [order] = sandboxPayments('ID', session.id);
          expect(order?.refunds).toEqual([]);
          expect((await paymentOf(session.id))[0]?.refunds).toHaveLength(0);
        });
      },
    });
  },
);
