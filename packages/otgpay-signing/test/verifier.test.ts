import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { canonicalString, OtgpaySigner, OtgpayVerifier } from '../src/index.js';
import { isCanonicalBase64 } from '../src/signature-text.js';
import { vectors } from './vectors/load.js';

const data = vectors;

/** The same signature spelled with other unused low bits in its last character. */
function respelled(signature: string): string[] {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const at = signature.replace(/=+$/, '').length - 1;
  const original = signature.charAt(at);
  return [...alphabet]
    .filter((c) => c !== original)
    .map((c) => `${signature.slice(0, at)}${c}${signature.slice(at + 1)}`)
    .filter((s) => Buffer.from(s, 'base64').equals(Buffer.from(signature, 'base64')));
}

async function verifiers(apiKey: string, appendSecretKey?: boolean) {
  const options = {
    verifyKey: data.publicKeySpkiBase64,
    apiKey,
    ...(appendSecretKey === undefined ? {} : { appendSecretKey }),
  };
  const node = new OtgpayVerifier(options);
  // The WebCrypto fallback, as on workerd: a fresh module graph without getBuiltinModule.
  vi.resetModules();
  vi.stubGlobal('process', { ...process, getBuiltinModule: undefined });
  const fresh = (await import('../src/verifier.js')) as typeof import('../src/verifier.js');
  const web = new fresh.OtgpayVerifier(options);
  vi.unstubAllGlobals();
  return { node, web };
}

afterEach(() => vi.unstubAllGlobals());

describe('OtgpayVerifier', () => {
  it('uses a synchronous node:crypto verify on Node, WebCrypto without node:crypto', async () => {
    const { node, web } = await verifiers('k');
    expect(node.backend).toBe('node:crypto');
    expect(web.backend).toBe('webcrypto');
  });

  it('verifies every openssl known-answer vector on both backends', async () => {
    for (const v of data.vectors) {
      const { node, web } = await verifiers(v.apiKey, v.appendSecretKey);
      for (const verifier of [node, web]) {
        expect([
          v.name,
          verifier.backend,
          await verifier.verify({ ...v.params, sign: v.sign }),
        ]).toEqual([v.name, verifier.backend, true]);
      }
    }
  });

  it('refuses tampered, missing, respelled, padded-wrong and wrong-length signatures', async () => {
    const signer = new OtgpaySigner({
      privateKey: data.privateKeyPkcs8Base64,
      verifyKey: data.publicKeySpkiBase64,
      apiKey: 'k',
    });
    const signed = signer.signed({ orderId: 'M1', amount: '10', status: 2 });
    const { node, web } = await verifiers('k');
    const variants = respelled(signed.sign);
    expect(variants.length).toBeGreaterThan(0);
    for (const verifier of [node, web]) {
      expect(await verifier.verify(signed)).toBe(true);
      expect(await verifier.verify({ ...signed, amount: '11' })).toBe(false);
      expect(await verifier.verify({ ...signed, status: 3 })).toBe(false);
      expect(await verifier.verify({ orderId: 'M1', amount: '10', status: 2 })).toBe(false);
      expect(await verifier.verify({ ...signed, sign: 42 })).toBe(false);
      expect(await verifier.verify({ ...signed, sign: `${signed.sign} ` })).toBe(false);
      expect(await verifier.verify({ ...signed, sign: signed.sign.replace(/=+$/, '') })).toBe(
        false,
      );
      expect(await verifier.verify({ ...signed, sign: signed.sign.slice(4) })).toBe(false);
      expect(await verifier.verify({ ...signed, sign: `AAAA${signed.sign}` })).toBe(false);
      for (const sign of variants) expect(await verifier.verify({ ...signed, sign })).toBe(false);
      expect(await verifier.verify(null as unknown as Record<string, unknown>)).toBe(false);
    }
  });

  it('refuses a signature made with another key, and keeps keys out of JSON', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const forged = new OtgpaySigner({
      privateKey: other.privateKey,
      verifyKey: other.publicKey,
      apiKey: 'k',
    }).signed({ orderId: 'M1', amount: '10' });
    const { node, web } = await verifiers('k');
    expect(await node.verify(forged)).toBe(false);
    expect(await web.verify(forged)).toBe(false);
    expect(JSON.stringify(node)).not.toContain(data.publicKeySpkiBase64.slice(30, 60));
    expect(String(web)).toBe('OtgpayVerifier { [redacted] }');
  });
});

describe('isCanonicalBase64', () => {
  it('agrees with "decodes to that many bytes and encodes back to the same text"', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    for (const bytes of [1, 2, 3, 4, 5, 255, 256, 257, 384, 512]) {
      const text = randomBytes(bytes).toString('base64');
      const candidates = [text, ...respelled(text), `${text}=`, text.replace(/=+$/, ''), ''];
      for (const c of [...alphabet]) candidates.push(`${text.slice(0, -1)}${c}`);
      for (const candidate of candidates) {
        const decoded = Buffer.from(candidate, 'base64');
        const expected =
          /^[A-Za-z0-9+/]*={0,2}$/.test(candidate) &&
          decoded.length === bytes &&
          decoded.toString('base64') === candidate;
        expect([bytes, candidate, isCanonicalBase64(candidate, bytes)]).toEqual([
          bytes,
          candidate,
          expected,
        ]);
      }
    }
  });
});

describe('canonicalString key order', () => {
  it('sorts keys by UTF-8 bytes, also where UTF-16 order differs', () => {
    const keys = ['b', 'a', '\u{1f600}', '\uffff', '\ue000', 'Z', 'a\u{10000}', 'a\uffff'];
    const params = Object.fromEntries(keys.map((k) => [k, '1']));
    const expected = [...keys]
      .sort((x, y) => Buffer.compare(Buffer.from(x, 'utf8'), Buffer.from(y, 'utf8')))
      .map((k) => `${k}=1`)
      .join('&');
    expect(canonicalString(params)).toBe(expected);
  });
});
