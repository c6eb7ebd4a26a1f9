import { execFileSync } from 'node:child_process';
import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inspect } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalString, OtgpaySigner, parsePrivateKey, parsePublicKey } from '../src/index.js';
import { type Vector, vectors } from './vectors/load.js';

const data = vectors;

const tmp = mkdtempSync(path.join(tmpdir(), 'otgpay-signing-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function signerFor(v: Pick<Vector, 'apiKey' | 'appendSecretKey'>, privateKey?: string) {
  return new OtgpaySigner({
    privateKey: privateKey ?? data.privateKeyPkcs8Base64,
    verifyKey: data.publicKeySpkiBase64,
    apiKey: v.apiKey,
    ...(v.appendSecretKey === undefined ? {} : { appendSecretKey: v.appendSecretKey }),
  });
}

describe('known-answer vectors (openssl)', () => {
  it('has vectors', () => {
    expect(data.vectors.length).toBeGreaterThan(0);
  });

  for (const v of data.vectors) {
    it(`${v.name}: canonical string`, () => {
      const opts = v.appendSecretKey === false ? {} : { secretKey: v.apiKey };
      expect(canonicalString(v.params, opts)).toBe(v.canonical);
      expect(signerFor(v).canonical(v.params)).toBe(v.canonical);
    });

    it(`${v.name}: exact signature bytes`, () => {
      expect(signerFor(v).sign(v.params)).toBe(v.sign);
    });

    it(`${v.name}: verify accepts the vector, rejects tampering`, () => {
      const signer = signerFor(v);
      expect(signer.verify({ ...v.params, sign: v.sign })).toBe(true);
      expect(signer.verify({ ...v.params, orderId: 'X-tampered', sign: v.sign })).toBe(false);
      expect(signer.verify({ ...v.params, extra: 'added', sign: v.sign })).toBe(false);
    });
  }

  it('PKCS#1 DER, PKCS#8 PEM and PKCS#1 PEM give identical signatures', () => {
    const key = createPrivateKey({
      key: Buffer.from(data.privateKeyPkcs8Base64, 'base64'),
      format: 'der',
      type: 'pkcs8',
    });
    const pkcs1Der = key.export({ format: 'der', type: 'pkcs1' }).toString('base64');
    const pkcs8Pem = key.export({ format: 'pem', type: 'pkcs8' }).toString();
    const pkcs1Pem = key.export({ format: 'pem', type: 'pkcs1' }).toString();
    const oneLinePem = pkcs8Pem.replace(/\n/g, ' ');
    const v = data.vectors[0]!;
    for (const form of [pkcs1Der, pkcs8Pem, pkcs1Pem, oneLinePem, key]) {
      const signer = new OtgpaySigner({
        privateKey: form,
        verifyKey: data.publicKeySpkiBase64,
        apiKey: v.apiKey,
      });
      expect(signer.sign(v.params)).toBe(v.sign);
    }
  });

  it('public key in SPKI PEM and PKCS#1 PEM verify', () => {
    const pub = createPublicKey({
      key: Buffer.from(data.publicKeySpkiBase64, 'base64'),
      format: 'der',
      type: 'spki',
    });
    const v = data.vectors[0]!;
    for (const form of [
      pub.export({ format: 'pem', type: 'spki' }).toString(),
      pub.export({ format: 'pem', type: 'pkcs1' }).toString(),
      pub.export({ format: 'der', type: 'pkcs1' }).toString('base64'),
    ]) {
      const signer = new OtgpaySigner({
        privateKey: data.privateKeyPkcs8Base64,
        verifyKey: form,
        apiKey: v.apiKey,
      });
      expect(signer.verify({ ...v.params, sign: v.sign })).toBe(true);
    }
  });
});

describe('openssl CLI interop', () => {
  const pemFile = path.join(tmp, 'key.pem');
  const pubFile = path.join(tmp, 'pub.pem');
  const key = parsePrivateKey(data.privateKeyPkcs8Base64);
  writeFileSync(pemFile, key.export({ format: 'pem', type: 'pkcs8' }));
  writeFileSync(
    pubFile,
    parsePublicKey(data.publicKeySpkiBase64).export({ format: 'pem', type: 'spki' }),
  );

  const params = {
    appId: 1054,
    orderId: 'ossl-1',
    amount: '150000',
    name: 'Zoë สมชาย',
    notifyUrl: 'https://m.example/cb?a=1&b=2',
    items: [{ z: 1, a: 'x/y' }],
  };
  const signer = new OtgpaySigner({
    privateKey: data.privateKeyPkcs8Base64,
    verifyKey: data.publicKeySpkiBase64,
    apiKey: 'interop-key',
  });

  it('openssl dgst -sign produces the same bytes as the signer', () => {
    const msgFile = path.join(tmp, 'msg.txt');
    writeFileSync(msgFile, signer.canonical(params), 'utf8');
    const ours = signer.sign(params);
    const theirs = execFileSync('openssl', ['dgst', '-sha256', '-sign', pemFile, msgFile]);
    expect(theirs.toString('base64')).toBe(ours);
  });

  it('openssl dgst -verify accepts our signature', () => {
    const msgFile = path.join(tmp, 'msg2.txt');
    const sigFile = path.join(tmp, 'msg2.sig');
    writeFileSync(msgFile, signer.canonical(params), 'utf8');
    writeFileSync(sigFile, Buffer.from(signer.sign(params), 'base64'));
    const out = execFileSync('openssl', [
      'dgst',
      '-sha256',
      '-verify',
      pubFile,
      '-signature',
      sigFile,
      msgFile,
    ]).toString();
    expect(out).toContain('Verified OK');
  });
});

describe('canonicalString', () => {
  it('sorts keys by byte order', () => {
    expect(canonicalString({ b: '2', a: '1', B: '3', _x: '4', a1: '5' })).toBe(
      'B=3&_x=4&a=1&a1=5&b=2',
    );
  });

  it('drops null, undefined, empty and sign; keeps 0 and false', () => {
    expect(
      canonicalString({ a: null, b: undefined, c: '', sign: 'abc', d: 0, e: false, f: ' ' }),
    ).toBe('d=0&e=false&f= ');
  });

  it('appends the secret key', () => {
    expect(canonicalString({ a: '1' }, { secretKey: 'S' })).toBe('a=1&key=S');
    expect(canonicalString({}, { secretKey: 'S' })).toBe('&key=S');
  });

  it('renders integers and bigints in decimal', () => {
    expect(canonicalString({ a: 1054, b: 12345678901234567890n, c: -5 })).toBe(
      'a=1054&b=12345678901234567890&c=-5',
    );
  });

  it('rejects floats and unsafe integers', () => {
    expect(() => canonicalString({ amount: 1.5 })).toThrow(TypeError);
    expect(() => canonicalString({ amount: 2 ** 60 })).toThrow(TypeError);
    expect(() => canonicalString({ amount: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalString({ items: [{ amount: 0.1 }] })).toThrow(TypeError);
  });

  it('renders nested arrays of objects as compact JSON with recursively sorted keys', () => {
    const items = [
      { orderId: 'p-1', amount: '100', name: 'Siti Nurhaliza', meta: { z: 1, a: [true, null] } },
      { orderId: 'p-2', amount: '200', name: 'สมชาย', accountNo: '0123' },
    ];
    expect(canonicalString({ batchId: 'b1', items, appId: 1 })).toBe(
      'appId=1&batchId=b1&items=[{"amount":"100","meta":{"a":[true,null],"z":1},"name":"Siti Nurhaliza","orderId":"p-1"},' +
        '{"accountNo":"0123","amount":"200","name":"สมชาย","orderId":"p-2"}]',
    );
  });

  it('keeps empty values inside nested objects (drop rule is top-level only)', () => {
    expect(canonicalString({ o: { b: '', a: null } })).toBe('o={"a":null,"b":""}');
  });

  it('leaves non-ASCII, / and & unescaped', () => {
    expect(
      canonicalString({ name: 'Zoë', n2: 'สมชาย', url: 'https://x.example/a/b?c=1&d=2' }),
    ).toBe('n2=สมชาย&name=Zoë&url=https://x.example/a/b?c=1&d=2');
    expect(canonicalString({ j: { u: 'a/b', n: 'Zoë', q: '"' } })).toBe(
      'j={"n":"Zoë","q":"\\"","u":"a/b"}',
    );
  });

  it('does not trim or URL-encode strings', () => {
    expect(canonicalString({ a: ' x y ', b: '%20+' })).toBe('a= x y &b=%20+');
  });
});

describe('OtgpaySigner', () => {
  const v = data.vectors[0]!;
  const signer = signerFor(v);

  it('rejects missing, non-string, non-base64 and wrong-length signatures', () => {
    expect(signer.verify({ ...v.params })).toBe(false);
    expect(signer.verify({ ...v.params, sign: 42 })).toBe(false);
    expect(signer.verify({ ...v.params, sign: '' })).toBe(false);
    expect(signer.verify({ ...v.params, sign: '!!!not base64!!!' })).toBe(false);
    expect(signer.verify({ ...v.params, sign: v.sign.slice(0, 100) })).toBe(false);
    expect(signer.verify({ ...v.params, sign: Buffer.alloc(255).toString('base64') })).toBe(false);
    expect(signer.verify({ ...v.params, sign: Buffer.alloc(256).toString('base64') })).toBe(false);
    expect(signer.verify({ ...v.params, amount: 1.5, sign: v.sign })).toBe(false);
  });

  it('accepts only the canonical base64 spelling of a signature', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const body = v.sign.replace(/=+$/, '');
    const padding = v.sign.slice(body.length);
    const stem = body.slice(0, -1);
    const accepted = [...alphabet].filter((last) =>
      signer.verify({ ...v.params, sign: `${stem}${last}${padding}` }),
    );
    expect(accepted).toEqual([body.slice(-1)]);
  });

  it('round-trips with a different key pair and rejects the wrong key', () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const other = new OtgpaySigner({ privateKey, verifyKey: publicKey, apiKey: 'k' });
    const params = { appId: 9, orderId: 'o', amount: '1.00' };
    const signed = other.signed(params);
    expect(other.verify(signed)).toBe(true);
    expect(
      new OtgpaySigner({ privateKey, verifyKey: data.publicKeySpkiBase64, apiKey: 'k' }).verify(
        signed,
      ),
    ).toBe(false);
    expect(
      new OtgpaySigner({ privateKey, verifyKey: publicKey, apiKey: 'k2' }).verify(signed),
    ).toBe(false);
  });

  it('never shows keys or the API key in logs or JSON', () => {
    const text = `${inspect(signer, { showHidden: true, depth: 5 })} ${JSON.stringify(signer)} ${String(signer)} ${JSON.stringify({ signer })}`;
    expect(text).not.toContain(v.apiKey);
    expect(text).not.toContain(data.privateKeyPkcs8Base64.slice(20, 60));
    expect(text).toContain('redacted');
  });

  it('key errors do not leak key material', () => {
    const broken = data.privateKeyPkcs8Base64.slice(0, 200);
    let message = '';
    try {
      new OtgpaySigner({ privateKey: broken, verifyKey: data.publicKeySpkiBase64, apiKey: 'k' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/private key/);
    expect(message).not.toContain(broken.slice(20, 60));
    expect(() => parsePublicKey('not a key at all')).toThrow(/public key/);
    expect(() => parsePrivateKey('')).toThrow(/private key/);
  });
});
