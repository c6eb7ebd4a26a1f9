/**
 * paymux quickstart: take a QR payment of Rp 150.000 in Indonesia, receive its webhook,
 * refund part of it, settle, send a payout, and print the balance and statement.
 *
 * The paymux client runs against the deterministic in-memory `TestingProvider`, so it needs
 * no account, network or keys. Only the payer's and the provider's side (`simulate`,
 * `settle`) talk to the testing provider directly. Run it with `pnpm --filter @paymux/quickstart start:memory`.
 */
import { pathToFileURL } from 'node:url';
import {
  type Balance,
  type Charge,
  createPaymux,
  formatMoney,
  type Money,
  type Paymux,
  type Payout,
  type Refund,
  type Settlement,
  type StatementEntry,
  type WebhookEvent,
} from '@paymux/core';
import { type SignedWebhook, TestingProvider } from '@paymux/core/testing';
import { report } from './report.js';

const rupiah = (amount: bigint): Money => ({ amount, currency: 'IDR' });

export interface QuickstartOptions {
  /** Where lines are printed (default `console.log`). */
  readonly print?: (line: string) => void;
  /** The provider's clock (default: real time). */
  readonly clock?: () => Date;
}

export interface QuickstartOutcome {
  readonly charge: Charge;
  readonly refund: Refund;
  readonly settlements: readonly Settlement[];
  readonly payout: Payout;
  readonly balance: Balance;
  readonly statement: readonly StatementEntry[];
}

/** What every step shares: the paymux client, the provider behind it, a way to print. */
interface Session {
  readonly paymux: Paymux;
  /** Only to play the payer and the provider (`simulate`, `settle`). */
  readonly provider: TestingProvider;
  readonly print: (line: string) => void;
}

// ── steps ──────────────────────────────────────────────────────────────────

function connect(options: QuickstartOptions): Session {
  const provider = new TestingProvider(options.clock ? { clock: options.clock } : {});
  const paymux = createPaymux({ providers: [provider] });
  return { paymux, provider, print: options.print ?? console.log };
}

async function takeQrPayment({ paymux, print }: Session): Promise<Charge> {
  const charge = await paymux.charges.create({
    reference: 'order-1001',
    money: rupiah(15_000_000n), // Rp 150.000 in minor units (IDR exponent 2)
    country: 'ID',
    method: { type: 'qr' },
    customer: { name: 'Budi Santoso', email: 'budi@example.com', phone: '081234567890' },
    description: 'Batik shirt',
  });
  const qr = charge.nextAction?.type === 'qr' ? charge.nextAction.payload : '(none)';
  print(`1. Charge ${charge.reference}: ${formatMoney(charge.money)} by QRIS -> ${charge.status}`);
  print(`   the payer scans: ${qr}`);
  return charge;
}

function payerPays({ provider, print }: Session, charge: Charge): SignedWebhook {
  print('2. The payer pays in their banking app');
  return provider.simulate.pay(charge.reference);
}

/** Verify the signature, then handle each event id once (providers may redeliver). */
async function receiveWebhook(session: Session, webhook: SignedWebhook): Promise<WebhookEvent> {
  // In a web app: `rawBody` and headers come from the request, and you answer with
  // `paymux.webhooks.ack(provider)` once the event is handled.
  const { event, duplicate } = await session.paymux.webhooks.constructEvent(
    session.provider.id,
    webhook,
  );
  if (duplicate) {
    session.print(`   webhook ${event.id} again: duplicate, ignored`);
    return event;
  }
  const fee = event.fee ? `, fee ${formatMoney(event.fee)}` : '';
  session.print(`   webhook ${event.id} verified: ${formatMoney(event.money)}${fee}`);
  return event;
}

async function refundPart({ paymux, print }: Session, charge: Charge): Promise<Refund> {
  const refund = await paymux.refunds.create({
    chargeReference: charge.reference,
    reference: 'refund-1001',
    money: rupiah(5_000_000n),
    reason: 'one item out of stock',
  });
  print(`3. Refund ${refund.reference}: ${formatMoney(refund.money)} -> ${refund.status}`);
  return refund;
}

function settle({ provider, print }: Session): Settlement[] {
  const settlements = provider.settle();
  for (const s of settlements) {
    print(
      `4. Settled ${s.date}: gross ${formatMoney(s.gross)}, fees ${formatMoney(s.fee)}, ` +
        `refunds ${formatMoney({ amount: s.gross.amount - s.fee.amount - s.net.amount, currency: s.net.currency })}, ` +
        `net ${formatMoney(s.net)} now available`,
    );
  }
  return settlements;
}

async function sendPayout(session: Session): Promise<Payout> {
  const { paymux, provider, print } = session;
  const submitted = await paymux.payouts.create({
    reference: 'payout-1001',
    money: rupiah(7_500_000n),
    country: 'ID',
    destination: { type: 'bank_account', bank: '014', accountNumber: '1234567890' },
    recipient: { name: 'Siti Rahma', email: 'siti@example.com', phone: '081298765432' },
  });
  print(
    `5. Payout ${submitted.reference}: ${formatMoney(submitted.money)} to bank 014 ` +
      `-> ${submitted.status}`,
  );
  await receiveWebhook(session, provider.simulate.completePayout(submitted.reference, 'succeeded'));
  return paymux.payouts.retrieve(submitted.reference);
}

// ── the whole flow ───────────────────────────────────────────────────────────

export async function main(options: QuickstartOptions = {}): Promise<QuickstartOutcome> {
  const session = connect(options);
  session.print('paymux quickstart - createPaymux over the TestingProvider (in memory)');
  session.print('');
  const created = await takeQrPayment(session);
  const webhook = payerPays(session, created);
  await receiveWebhook(session, webhook);
  await receiveWebhook(session, webhook); // a redelivery: handled once only
  const refund = await refundPart(session, created);
  const settlements = settle(session);
  const payout = await sendPayout(session);
  const charge = await session.paymux.charges.retrieve(created.reference);
  const day = settlements[0]?.date ?? new Date().toISOString().slice(0, 10);
  const { balance, statement } = await report(session.paymux, session.print, 'IDR', day);
  return { charge, refund, settlements, payout, balance, statement };
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
