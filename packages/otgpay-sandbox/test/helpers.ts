import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OtgpaySigner } from '@paymux/otgpay-signing';
import type { MerchantCredentials, SandboxKeys, SandboxOptions } from '../src/index.js';
import { startSandbox } from '../src/index.js';

/** Pre-generated test-only keys so each test file skips RSA key generation. */
export const TEST_KEYS = JSON.parse(
  readFileSync(new URL('./fixtures/test-keys.json', import.meta.url), 'utf8'),
) as SandboxKeys;

export function start(options: SandboxOptions = {}) {
  return startSandbox({
    keys: TEST_KEYS,
    callbackRetryDelaysMs: [10, 20, 40],
    payoutCompletion: 'manual',
    logger: () => {},
    ...options,
  });
}

export interface Envelope {
  status: string;
  error: string;
  msg: string;
  data?: Record<string, unknown> & { sign?: string };
}

/** Tiny signed OTGPAY client for the tests (merchant side). */
export class TestClient {
  readonly signer: OtgpaySigner;
  readonly m: MerchantCredentials;

  constructor(m: MerchantCredentials) {
    this.m = m;
    this.signer = new OtgpaySigner({
      privateKey: m.merchantPrivateKey,
      verifyKey: m.platformPublicKey,
      apiKey: m.apiKey,
    });
  }

  async #parse(res: Response): Promise<Envelope> {
    const env = (await res.json()) as Envelope;
    if (env.status === '1') {
      if (!env.data || !this.signer.verify(env.data)) throw new Error('bad data.sign');
    }
    return env;
  }

  /** POST with appId + sign; `pathId` (if any) is signed as orderId. */
  async post(path: string, body: Record<string, unknown>, pathId?: string): Promise<Envelope> {
    const params: Record<string, unknown> = { appId: this.m.appId, ...body };
    const toSign = pathId === undefined ? params : { ...params, orderId: pathId };
    params['sign'] = this.signer.sign(toSign);
    const res = await fetch(this.m.baseUrl + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(params),
    });
    return this.#parse(res);
  }

  async get(path: string, query: Record<string, string> = {}, pathId?: string): Promise<Envelope> {
    const params: Record<string, string> = { appId: String(this.m.appId), ...query };
    const toSign = pathId === undefined ? params : { ...params, orderId: pathId };
    const qs = new URLSearchParams({ ...params, sign: this.signer.sign(toSign) });
    const res = await fetch(`${this.m.baseUrl}${path}?${qs}`);
    return this.#parse(res);
  }

  createPayment(fields: Record<string, unknown>) {
    return this.post('/api/payment/create', fields);
  }
  getPayment(orderId: string) {
    return this.get(`/api/payment/${encodeURIComponent(orderId)}`, {}, orderId);
  }
  refund(orderId: string, fields: Record<string, unknown>) {
    return this.post(`/api/payment/${encodeURIComponent(orderId)}/refund`, fields, orderId);
  }
  submitPayout(fields: Record<string, unknown>) {
    return this.post('/api/payout/submit', fields);
  }
  getPayout(orderId: string) {
    return this.get(`/api/payout/${encodeURIComponent(orderId)}`, {}, orderId);
  }
  balance() {
    return this.get('/api/balance');
  }
  statement(query: Record<string, string>) {
    return this.get('/api/statement', query);
  }
  settlements(query: Record<string, string>) {
    return this.get('/api/settlement/records', query);
  }
}

export const PAYER = {
  ID: { name: 'Siti Nurhaliza', phone: '081234567890', email: 'siti@example.com' },
  TH: { name: 'สมชาย', phone: '0812345678', email: 'somchai@example.com' },
  PK: { name: 'Ali Khan', phone: '03001234567', email: 'ali@example.com', idCard: '3520212345671' },
} as const;

export function idPayment(orderId: string, extra: Record<string, unknown> = {}) {
  return { orderId, amount: '150000', payType: 'QR', inBankCode: 'QRIS', ...PAYER.ID, ...extra };
}

export function idPayout(orderId: string, extra: Record<string, unknown> = {}) {
  return {
    orderId,
    amount: '50000',
    accountType: 'BANK_ACCOUNT',
    bankCode: '014',
    accountNo: '1234567890',
    ...PAYER.ID,
    ...extra,
  };
}

export const today = (offsetMinutes = 420) =>
  new Date(Date.now() + offsetMinutes * 60_000).toISOString().slice(0, 10);

/** A local webhook receiver; `reply` decides each answer. */
export async function receiver(
  reply: (n: number, body: Record<string, unknown>) => { status: number; body: string },
) {
  const received: Array<Record<string, unknown>> = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      received.push(body);
      const r = reply(received.length, body);
      res.writeHead(r.status, { 'content-type': 'text/plain' });
      res.end(r.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/cb`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
