/**
 * Row 5: signing a create body with the SDK's signer vs a bare canonical string +
 * `crypto.sign` with a KeyObject. Also which signer the SDK should use on Node: the
 * `node:crypto` one or the WebCrypto one (sign + verify, sequential and 16 in flight).
 */
import { generateKeyPairSync } from 'node:crypto';
import * as signing from '@paymux/otgpay-signing';
import { comparePair, fmt, judge, type Row } from '../harness.js';
import { chargeWire } from '../support/fixtures.js';
import { HandClient } from '../support/hand-written.js';

export async function signBench(): Promise<Row[]> {
  const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const credentials = {
    appId: 1054,
    apiKey: '0123456789abcdef0123456789abcdef',
    merchantPrivateKey: pair.privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
    platformPublicKey: pair.publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    baseUrl: 'http://127.0.0.1:9',
  };
  const hand = new HandClient(credentials);
  const signer = new signing.OtgpaySigner({
    privateKey: credentials.merchantPrivateKey,
    verifyKey: credentials.platformPublicKey,
    apiKey: credentials.apiKey,
  });
  const body = { appId: 1054, ...chargeWire('M233323000059') };
  const result = await comparePair(
    { label: 'OtgpaySigner.sign', fn: () => signer.sign(body) },
    { label: 'canonical + crypto.sign', fn: () => hand.signed(body) },
    { ops: 300, rounds: 9 },
  );
  return [
    {
      figure: 'signing a create body vs bare canonical string + crypto.sign',
      detail: `paymux ${fmt(result.candidate.opsPerSec, 0)}/s, bare ${fmt(result.baseline.opsPerSec, 0)}/s`,
      value: `${fmt(result.ratio, 3)}×`,
      goal: '≥ 0.95 (keep)',
      met: judge(result.ratio >= 0.95),
    },
  ];
}
