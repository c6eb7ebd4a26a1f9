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
  const web = new signing.WebCryptoSigner({
    privateKey: credentials.merchantPrivateKey,
    verifyKey: credentials.platformPublicKey,
    apiKey: credentials.apiKey,
  });
  await web.ready();
  const signedBody = signer.signed(body);
  const roundTrip = {
    web: {
      label: 'WebCryptoSigner sign + verify',
      fn: async () => [await web.sign(body), await web.verify(signedBody)],
    },
    node: {
      label: 'OtgpaySigner sign + verify',
      fn: () => [signer.sign(body), signer.verify(signedBody)],
    },
  };
  const c1 = await comparePair(roundTrip.web, roundTrip.node, { ops: 300, rounds: 9 });
  const c16 = await comparePair(roundTrip.web, roundTrip.node, {
    ops: 600,
    rounds: 9,
    concurrency: 16,
  });
  return [
    {
      figure: 'signer choice on Node: WebCrypto vs node:crypto (sign + verify), concurrency 1 / 16',
      detail: `WebCrypto ${fmt(c1.candidate.opsPerSec, 0)}/s and ${fmt(c16.candidate.opsPerSec, 0)}/s (${fmt(c16.candidate.cpuMsPerOp, 3)} ms CPU); node:crypto ${fmt(c1.baseline.opsPerSec, 0)}/s and ${fmt(c16.baseline.opsPerSec, 0)}/s (${fmt(c16.baseline.cpuMsPerOp, 3)} ms CPU)`,
      value: `${fmt(c1.ratio)}× / ${fmt(c16.ratio)}×`,
      goal: 'informs the default (keep the faster)',
    },
    {
      figure: 'signing a create body vs bare canonical string + crypto.sign',
      detail: `paymux ${fmt(result.candidate.opsPerSec, 0)}/s, bare ${fmt(result.baseline.opsPerSec, 0)}/s`,
      value: `${fmt(result.ratio, 3)}×`,
      goal: '≥ 0.95 (keep)',
      met: judge(result.ratio >= 0.95),
    },
  ];
}
