import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { compareBytes, OtgpaySigner, WebCryptoSigner } from '../src/index.js';
import { vectors } from './vectors/load.js';

const data = vectors;

describe('WebCryptoSigner (globalThis.crypto.subtle)', () => {
  it('reproduces every openssl known-answer signature and verifies it', async () => {
    for (const v of data.vectors) {
      const signer = new WebCryptoSigner({
        privateKey: data.privateKeyPkcs8Base64,
        verifyKey: data.publicKeySpkiBase64,
        apiKey: v.apiKey,
        ...(v.appendSecretKey === undefined ? {} : { appendSecretKey: v.appendSecretKey }),
      });
      expect({ name: v.name, sign: await signer.sign(v.params) }).toEqual({
        name: v.name,
        sign: v.sign,
      });
      expect(await signer.verify({ ...v.params, sign: v.sign })).toBe(true);
    }
  });

  it('signs exactly as the node:crypto signer, from PEM, PKCS#1 and KeyObject keys', async () => {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pkcs1 = pair.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    const pkcs1Bare = pair.privateKey.export({ type: 'pkcs1', format: 'der' }).toString('base64');
    const spkiPem = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const rsaPublic = pair.publicKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    const params = { appId: 1054, orderId: 'M1', amount: '150000', name: 'Budi Šantoso' };
    const reference = new OtgpaySigner({
      privateKey: pair.privateKey,
      verifyKey: pair.publicKey,
      apiKey: 'k',
    }).sign(params);
    for (const [privateKey, verifyKey] of [
      [pkcs1, spkiPem],
      [pkcs1Bare, rsaPublic],
      [pair.privateKey, pair.publicKey],
    ] as const) {
      const signer = new WebCryptoSigner({ privateKey, verifyKey, apiKey: 'k' });
      expect(await signer.sign(params)).toBe(reference);
      expect(await signer.verify({ ...params, sign: reference })).toBe(true);
    }
  });

  it('refuses tampered, missing, non-base64 and wrong-length signatures without throwing', async () => {
    const signer = new WebCryptoSigner({
      privateKey: data.privateKeyPkcs8Base64,
      verifyKey: data.publicKeySpkiBase64,
      apiKey: 'k',
    });
    const signed = await signer.signed({ orderId: 'M1', amount: '10' });
    expect(await signer.verify(signed)).toBe(true);
    expect(await signer.verify({ ...signed, amount: '11' })).toBe(false);
    expect(await signer.verify({ orderId: 'M1', amount: '10' })).toBe(false);
    expect(await signer.verify({ ...signed, sign: 'not base64!' })).toBe(false);
    expect(await signer.verify({ ...signed, sign: signed.sign.slice(4) })).toBe(false);
  });

  it('rejects an unreadable key with a TypeError that holds no key material', async () => {
    const signer = new WebCryptoSigner({
      privateKey: 'bm90IGEga2V5',
      verifyKey: data.publicKeySpkiBase64,
      apiKey: 'k',
    });
    await expect(signer.ready()).rejects.toThrow(/^private key: unreadable/);
    expect(JSON.stringify(signer)).not.toContain('bm90');
  });
});

describe('compareBytes', () => {
  it('orders strings as Buffer.compare orders their UTF-8 bytes', () => {
    const words = ['a', 'B', 'é', 'z', '\uffff', '\u{1f600}', '\ue000', 'ab', '', 'a\u{10000}'];
    for (const a of words) {
      for (const b of words) {
        expect([a, b, compareBytes(a, b)]).toEqual([
          a,
          b,
          Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')),
        ]);
      }
    }
  });
});
