/**
 * One merchant process: a paymux client on a durable store, driven over stdin/stdout with
 * JSON lines (`{ id, op, … }` in, `{ id, … }` out), commands run concurrently.
 * - `create { reference, amount }` → `{ charge }` or `{ error }`
 * - `stream { reference, prefix, count, chunkSize, amount }` → `payouts.streamBatch` of
 *   `count` payouts `<prefix>-<i>`, one chunk at a time → `{ ok, failed: { reference: code } }`
 * - `payout { reference, amount }` → `{ payout }` or `{ error }`
 * - `webhook { rawBody, headers, hang? }` → `{ status, outcome }`; the handler appends
 *   `<event id>\t<type>\t<pid>` to EFFECTS_FILE (its effect), after `holdMs`; with `hang`
 *   it reports `{ started }` and never finishes (the parent kills the process). On a
 *   retaken event it first checks whether the dead run applied the effect already, and
 *   logs the retake to EFFECTS_FILE.retaken.
 * Environment: STORE (sqlite | postgres), STORE_FILE, PAYMUX_PG_URL, PG_SCHEMA, MERCHANT
 * (JSON credentials), BASE_URL, NOTIFY_URL, LEASE_MS, EFFECTS_FILE, INSTANCE.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createPaymux, type Store } from '@paymux/core';
import { otgpay } from '@paymux/otgpay';
import { indonesia } from '@paymux/otgpay-id';

const env = process.env;
const leaseMs = Number(env.LEASE_MS ?? 1000);

async function openStore(): Promise<Store> {
  if (env.STORE === 'postgres') {
    const { PostgresStore } = await import('@paymux/store-postgres');
    return PostgresStore.connect({
      connectionString: env.PAYMUX_PG_URL as string,
      schema: env.PG_SCHEMA as string,
      max: 8,
    });
  }
  const { SqliteStore } = await import('@paymux/store-sqlite');
  return SqliteStore.open({ file: env.STORE_FILE as string });
}

const merchant = JSON.parse(env.MERCHANT as string);
const store = await openStore();
const paymux = createPaymux({
  providers: [
    otgpay({
      country: indonesia(),
      appId: merchant.appId,
      apiKey: merchant.apiKey,
      merchantPrivateKey: merchant.merchantPrivateKey,
      platformPublicKey: merchant.platformPublicKey,
      baseUrl: env.BASE_URL as string,
      notifyUrl: env.NOTIFY_URL as string,
      timeoutMs: Number(env.TIMEOUT_MS ?? 30_000),
    }),
  ],
  store,
  instanceId: env.INSTANCE ?? `pid-${process.pid}`,
  idempotencyLeaseMs: leaseMs,
  webhookLeaseMs: leaseMs,
  retry: { baseDelayMs: 20, maxDelayMs: 200, maxAttempts: 4 },
});

function payoutInput(reference: string, amount: bigint) {
  return {
    reference,
    money: { amount, currency: 'IDR' },
    country: 'ID',
    destination: { type: 'bank_account' as const, bank: 'BCA', accountNumber: '1234567890' },
    recipient: { name: 'Siti Rahma', email: 'siti@example.co.id', phone: '081298765432' },
  };
}

const reply = (message: Record<string, unknown>) =>
  process.stdout.write(
    `${JSON.stringify(message, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))}\n`,
  );

async function run(command: Record<string, unknown>): Promise<Record<string, unknown>> {
  if (command.op === 'create') {
    try {
      const charge = await paymux.charges.create({
        reference: command.reference as string,
        money: { amount: BigInt(command.amount as string), currency: 'IDR' },
        country: 'ID',
        method: { type: 'qr' },
        customer: { name: 'Siti Rahma', email: 'siti@example.co.id', phone: '081234567890' },
      });
      return {
        charge: {
          reference: charge.reference,
          providerReference: charge.providerReference,
          amount: charge.money.amount,
        },
      };
    } catch (error) {
      const e = error as { code?: string; message?: string };
      return { error: { code: e.code, message: e.message } };
    }
  }
  if (command.op === 'webhook') {
    const response = await paymux.webhooks.handle(
      'otgpay-id',
      { rawBody: command.rawBody as string, headers: command.headers as Record<string, string> },
      async (event, context) => {
        const effects = env.EFFECTS_FILE as string;
        if (context.retaken) {
          // The delivery that claimed it first died after its lease: its effect may be there
          // already (it died between applying it and marking the event done). The merchant's
          // own check, as docs/stores.md asks for.
          const applied =
            existsSync(effects) && readFileSync(effects, 'utf8').includes(`${event.id}\t`);
          appendFileSync(
            `${effects}.retaken`,
            `${event.id}\t${applied ? 'applied' : 'not-applied'}\n`,
          );
          if (applied) return;
        }
        if (command.hang) {
          reply({ id: command.id, started: true, event: event.id });
          await new Promise(() => {});
        }
        if (command.holdMs) await new Promise((r) => setTimeout(r, Number(command.holdMs)));
        appendFileSync(effects, `${event.id}\t${event.type}\t${process.pid}\n`);
      },
    );
    return { status: response.status, outcome: response.outcome };
  }
  if (command.op === 'stream') {
    // `count` payouts `${prefix}-${i}` of `amount`, streamed in chunks of `chunkSize`.
    const amount = BigInt(command.amount as string);
    const prefix = command.prefix as string;
    function* items() {
      for (let i = 0; i < Number(command.count); i++) yield payoutInput(`${prefix}-${i}`, amount);
    }
    const failed: Record<string, string> = {};
    let ok = 0;
    for await (const result of paymux.payouts.streamBatch({
      reference: command.reference as string,
      items: items(),
      chunkSize: Number(command.chunkSize),
      concurrency: 1,
    })) {
      if (result.ok) ok += 1;
      else failed[result.reference] = result.error.code;
    }
    return { ok, failed };
  }
  if (command.op === 'payout') {
    try {
      const payout = await paymux.payouts.create(
        payoutInput(command.reference as string, BigInt(command.amount as string)),
      );
      return {
        payout: { reference: payout.reference, providerReference: payout.providerReference },
      };
    } catch (error) {
      const e = error as { code?: string; message?: string };
      return { error: { code: e.code, message: e.message } };
    }
  }
  if (command.op === 'close') {
    await store.close?.();
    return { closed: true };
  }
  return { error: { code: 'unknown_op' } };
}

createInterface({ input: process.stdin }).on('line', (line) => {
  const command = JSON.parse(line) as Record<string, unknown>;
  run(command).then(
    (result) => reply({ id: command.id, ...result }),
    (error) => reply({ id: command.id, error: { code: 'crash', message: String(error) } }),
  );
});
reply({ id: 0, ready: true, pid: process.pid });
