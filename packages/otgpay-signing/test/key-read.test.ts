import { generateKeyPairSync } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KeyFormatError, keyKind, readPrivateKey, readPublicKey } from '../src/index.js';

const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pkcs8Der = pair.privateKey.export({ format: 'der', type: 'pkcs8' });
const spkiDer = pair.publicKey.export({ format: 'der', type: 'spki' });
const pkcs1PrivatePem = pair.privateKey.export({ format: 'pem', type: 'pkcs1' }).toString();
const pkcs1PublicPem = pair.publicKey.export({ format: 'pem', type: 'pkcs1' }).toString();
const pkcs1PrivateB64 = pair.privateKey.export({ format: 'der', type: 'pkcs1' }).toString('base64');
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });

function refusal(run: () => unknown): KeyFormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof KeyFormatError) return error;
    throw error;
  }
  throw new Error('accepted');
}

afterEach(() => vi.unstubAllGlobals());

describe('readPrivateKey / readPublicKey (structural, no crypto library)', () => {
  it('reads every form and wraps PKCS#1 exactly as node:crypto exports PKCS#8 / SPKI', () => {
    for (const input of [
      pkcs8Der.toString('base64'),
      pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
      pkcs1PrivatePem,
      pkcs1PrivateB64,
      pair.privateKey,
    ]) {
      const key = readPrivateKey(input);
      expect(key.kind).toBe('private');
      expect(Buffer.from(key.der).equals(pkcs8Der)).toBe(true);
      expect(key.modulusBits).toBe(2048);
    }
    for (const input of [spkiDer.toString('base64'), pkcs1PublicPem, pair.publicKey]) {
      const key = readPublicKey(input);
      expect(Buffer.from(key.der).equals(spkiDer)).toBe(true);
      expect(key.publicExponent).toBe('010001');
    }
    expect(readPrivateKey(pkcs1PrivatePem).modulus).toBe(readPublicKey(pkcs1PublicPem).modulus);
  });

  it('says what a wrong input is: kind, not RSA, certificate, truncated, empty', () => {
    expect(refusal(() => readPrivateKey(spkiDer.toString('base64'))).found).toBe('public');
    expect(refusal(() => readPublicKey(pkcs1PrivatePem)).found).toBe('private');
    expect(refusal(() => readPublicKey(pair.privateKey)).found).toBe('private');
    const notRsa = refusal(() =>
      readPrivateKey(ec.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()),
    );
    expect([notRsa.found, notRsa.notRsa]).toEqual(['private', true]);
    expect(refusal(() => readPublicKey(ec.publicKey)).notRsa).toBe(true);
    const cert = `-----BEGIN CERTIFICATE-----\n${spkiDer.toString('base64')}\n-----END CERTIFICATE-----`;
    expect(refusal(() => readPublicKey(cert)).found).toBe('certificate');
    const truncated = pkcs8Der.subarray(0, pkcs8Der.length - 1).toString('base64');
    expect(refusal(() => readPrivateKey(truncated)).found).toBe('unreadable');
    const trailing = Buffer.concat([spkiDer, Buffer.from([0])]).toString('base64');
    expect(refusal(() => readPublicKey(trailing)).found).toBe('unreadable');
    expect(refusal(() => readPrivateKey('  ""  ')).found).toBe('empty');
    expect(refusal(() => readPrivateKey(42 as unknown as string)).found).toBe('not_a_string');
    expect(keyKind('-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----')).toBe(
      'unreadable',
    );
  });

  it('works where node:crypto is absent (workerd): reading, WebCrypto import and signing', async () => {
    vi.resetModules();
    vi.stubGlobal('process', { ...process, getBuiltinModule: undefined });
    const edge = (await import('../src/index.js')) as typeof import('../src/index.js');
    const key = edge.readPrivateKey(pkcs1PrivatePem);
    expect(key.modulusBits).toBe(2048);
    const signer = new edge.WebCryptoSigner({
      privateKey: pkcs1PrivatePem,
      verifyKey: pkcs1PublicPem,
      apiKey: 'k',
    });
    const signed = await signer.signed({ orderId: 'M1', amount: '10' });
    expect(
      await new edge.OtgpayVerifier({ verifyKey: pkcs1PublicPem, apiKey: 'k' }).verify(signed),
    ).toBe(true);
    expect(
      () =>
        new edge.OtgpaySigner({
          privateKey: pkcs1PrivatePem,
          verifyKey: pkcs1PublicPem,
          apiKey: 'k',
        }),
    ).toThrow(/needs node:crypto/);
  });
});
