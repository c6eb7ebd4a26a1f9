/**
 * paymux demo against the OTGPAY sandbox, over real HTTP on 127.0.0.1:
 *
 *   take a QRIS payment of Rp 150.000 in Indonesia → the payer pays on the hosted page →
 *   the signed callback arrives at our webhook endpoint (verified, deduplicated) → refund
 *   Rp 50.000 → the day settles → pay out Rp 75.000 to a BCA account → balance and statement.
 *
 * Everything a merchant writes goes through `createPaymux` with the `otgpay` provider and
 * the `indonesia()` adapter. Only the payer's click and the daily settlement are played
 * through the sandbox. Run with `pnpm quickstart`; `pnpm quickstart --keep-open` leaves the sandbox
 * running so you can open the hosted page yourself.
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
  type StatementEntry,
} from '@paymux/core';
import { otgpay } from '@paymux/otgpay';
import { indonesia } from '@paymux/otgpay-id';
import { type Sandbox, startSandbox } from '@paymux/otgpay-sandbox';
import { report } from './report.js';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.js';

const rupiah = (amount: bigint): Money => ({ amount, currency: 'IDR' });

export interface DemoOptions {
  readonly print?: (line: string) => void;
  /** Keep the sandbox running after the flow (until Ctrl-C). */
  readonly keepOpen?: boolean;
  /** Port for the sandbox; 0 picks a free one. */
  readonly port?: number;
}

export interface DemoOutcome {
  readonly charge: Charge;
  readonly refund: Refund;
  readonly payout: Payout;
  readonly balance: Balance;
  readonly statement: readonly StatementEntry[];
}

interface Session {
  readonly sandbox: Sandbox;
  readonly paymux: Paymux;
  readonly webhooks: WebhookReceiver;
  readonly print: (line: string) => void;
}

// ── steps ──────────────────────────────────────────────────────────────────

async function connect(options: DemoOptions): Promise<Session> {
  const print = options.print ?? console.log;
  const sandbox = await startSandbox({ port: options.port ?? 0, payoutDelayMs: 300 });
  const merchant = sandbox.merchants.ID;
  // The credentials OTGPAY hands a merchant: appId, API key, our private key, their public key.
  const provider = otgpay({
    country: indonesia(),
    appId: merchant.appId,
    apiKey: merchant.apiKey,
    merchantPrivateKey: merchant.merchantPrivateKey,
    platformPublicKey: merchant.platformPublicKey,
    baseUrl: merchant.baseUrl,
  });
  const paymux = createPaymux({ providers: [provider] });
  const webhooks = await startWebhookReceiver(paymux, provider.id, (event, outcome) =>
    print(
      outcome === 'handled'
        ? `   ↳ webhook ${event.id} verified and handled: ${formatMoney(event.money)}` +
            (event.fee ? `, fee ${formatMoney(event.fee)}` : '')
        : `   ↳ webhook ${event.id}: ${outcome}, acknowledged`,
    ),
  );
  print(`OTGPAY sandbox at ${sandbox.url} (appId ${merchant.appId}, IDR)`);
  print(`Webhook endpoint at ${webhooks.url}`);
  print('');
  return { sandbox, paymux, webhooks, print };
}

async function takeQrPayment({ paymux, webhooks, print }: Session): Promise<Charge> {
  const charge = await paymux.charges.create({
    reference: 'order-1001',
    money: rupiah(15_000_000n), // Rp 150.000 in minor units (IDR exponent 2)
    country: 'ID',
    method: { type: 'qr' },
    customer: { name: 'Budi Santoso', email: 'budi@example.com', phone: '+62 812-3456-7890' },
    description: 'Batik shirt',
    notifyUrl: webhooks.url,
  });
  print(`1. Charge ${charge.reference}: ${formatMoney(charge.money)} by QRIS -> ${charge.status}`);
  if (charge.nextAction?.type === 'qr') {
    print(`   QR payload: ${charge.nextAction.payload.slice(0, 48)}…`);
    print(`   hosted page: ${charge.nextAction.url ?? '(none)'}`);
  }
  return charge;
}

/** The payer presses "Pay" on the hosted page: a real form POST to the sandbox. */
async function payerPays(session: Session, charge: Charge): Promise<Charge> {
  const page = charge.nextAction?.url;
  if (!page) throw new Error('the charge has no hosted page');
  session.print('2. The payer opens the hosted page and pays');
  const paid = session.webhooks.next(
    (e) => e.reference === charge.reference && e.type === 'charge.succeeded',
  );
  const response = await fetch(`${page}/pay`, { method: 'POST', redirect: 'manual' });
  await response.body?.cancel();
  await paid;
  const updated = await session.paymux.charges.retrieve(charge.reference);
  session.print(`   charge ${updated.reference} is now ${updated.status}`);
  return updated;
}

async function refundPart({ paymux, print }: Session, charge: Charge): Promise<Refund> {
  const refund = await paymux.refunds.create({
    chargeReference: charge.reference,
    reference: `${charge.reference}-r1`,
    money: rupiah(5_000_000n),
    reason: 'one item out of stock',
  });
  print(`3. Refund ${refund.reference}: ${formatMoney(refund.money)} -> ${refund.status}`);
  return refund;
}

async function settle({ sandbox, paymux, print }: Session, day: string): Promise<void> {
  sandbox.control.settle({}); // the gateway's daily T+1 run, brought forward
  for await (const s of paymux.settlements.list({
    currency: 'IDR',
    startDate: day,
    endDate: day,
  })) {
    print(
      `4. Settled ${s.date}: gross ${formatMoney(s.gross)}, fees ${formatMoney(s.fee)}, ` +
        `refunds ${formatMoney({ amount: s.gross.amount - s.fee.amount - s.net.amount, currency: s.net.currency })}, ` +
        `net ${formatMoney(s.net)} now available`,
    );
  }
}

async function sendPayout({ paymux, webhooks, print }: Session, charge: Charge): Promise<Payout> {
  const reference = `${charge.reference}-p1`;
  const done = webhooks.next((e) => e.reference === reference);
  const submitted = await paymux.payouts.create({
    reference,
    money: rupiah(7_500_000n),
    country: 'ID',
    destination: { type: 'bank_account', bank: 'BCA', accountNumber: '1234567890' },
    recipient: { name: 'Siti Rahma', email: 'siti@example.com', phone: '0812 9876 5432' },
    notifyUrl: webhooks.url,
  });
  print(`5. Payout ${reference}: ${formatMoney(submitted.money)} to BCA -> ${submitted.status}`);
  await done;
  const payout = await paymux.payouts.retrieve(reference);
  print(`   payout ${reference} is now ${payout.status}`);
  return payout;
}

function today(): string {
  // Settlement days are in Indonesian time (UTC+7).
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

// ── the whole flow ───────────────────────────────────────────────────────────

export async function main(options: DemoOptions = {}): Promise<DemoOutcome> {
  const session = await connect(options);
  try {
    const created = await takeQrPayment(session);
    const charge = await payerPays(session, created);
    const refund = await refundPart(session, charge);
    const day = today();
    await settle(session, day);
    const payout = await sendPayout(session, charge);
    const { balance, statement } = await report(session.paymux, session.print, 'IDR', day);
    return { charge, refund, payout, balance, statement };
  } finally {
    if (options.keepOpen) {
      session.print('');
      session.print(`Sandbox still running at ${session.sandbox.url} — Ctrl-C to stop.`);
    } else {
      await session.webhooks.close();
      await session.sandbox.stop();
    }
  }
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  main({ keepOpen: process.argv.includes('--keep-open') }).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
