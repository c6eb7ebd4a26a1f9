import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { canonicalString, parsePrivateKey, parsePublicKey } from '@paymux/otgpay-signing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Sandbox } from '../src/index.js';
import { start } from './helpers.js';

let sb: Sandbox;
const dir = mkdtempSync(path.join(tmpdir(), 'otgpay-sandbox-ossl-'));
beforeAll(async () => {
  sb = await start();
});
afterAll(async () => {
  await sb.stop();
  rmSync(dir, { recursive: true, force: true });
});

it('accepts a request signed by the openssl CLI; its data.sign verifies with openssl', async () => {
  const m = sb.merchants.ID;
  const keyFile = path.join(dir, 'merchant.pem');
  const pubFile = path.join(dir, 'platform.pem');
  writeFileSync(
    keyFile,
    parsePrivateKey(m.merchantPrivateKey).export({ format: 'pem', type: 'pkcs8' }),
  );
  writeFileSync(
    pubFile,
    parsePublicKey(m.platformPublicKey).export({ format: 'pem', type: 'spki' }),
  );

  const params = {
    appId: m.appId,
    orderId: 'ossl-1',
    amount: '250000',
    payType: 'VA',
    inBankCode: '014',
    name: 'Siti Nurhaliza',
    phone: '081234567890',
    email: 'siti@example.com',
    notifyUrl: 'https://merchant.example/cb?a=1&b=2',
  };
  const msg = path.join(dir, 'req.txt');
  writeFileSync(msg, canonicalString(params, { secretKey: m.apiKey }), 'utf8');
  const sign = execFileSync('openssl', ['dgst', '-sha256', '-sign', keyFile, msg]).toString(
    'base64',
  );
  const res = await fetch(`${sb.url}/api/payment/create`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...params, sign }),
  });
  const env = (await res.json()) as { status: string; data: Record<string, unknown> };
  expect(env.status).toBe('1');

  const { sign: dataSign, ...rest } = env.data;
  const dataFile = path.join(dir, 'data.txt');
  const sigFile = path.join(dir, 'data.sig');
  writeFileSync(dataFile, canonicalString(rest, { secretKey: m.apiKey }), 'utf8');
  writeFileSync(sigFile, Buffer.from(String(dataSign), 'base64'));
  const out = execFileSync('openssl', [
    'dgst',
    '-sha256',
    '-verify',
    pubFile,
    '-signature',
    sigFile,
    dataFile,
  ]);
  expect(out.toString()).toContain('Verified OK');
});
