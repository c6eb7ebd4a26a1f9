import { describe, expect, it } from 'vitest';
import { requestTarget } from '../src/http/request-target.js';
import { crc16 } from '../src/qr-payload.js';
import { MemoryStore } from '../src/store/memory-store.js';

/** The shortcuts of the request path give exactly what the general code they skip gives. */

describe('requestTarget', () => {
  const targets = [
    '/api/payment/create',
    '/api/payout/batch',
    '/api/payment/order-1',
    '/api/payment/order.1',
    '/api/../api/payment/create',
    '/api/./payment/create',
    '/api/payment/create/.',
    '//evil.example/api/payment/create',
    '/api/payment/%6F',
    '/api/payment\\create',
    '/api/payment/create?x=1',
    '/api/payment/create#frag',
    '/',
    '',
    '/__sandbox/merchants',
    '/pay/0123abcd',
    '/api/payment/ü',
    '/api/payment/a b',
  ];
  it.each(targets)('%j has the pathname and query new URL gives', (raw) => {
    const expected = new URL(raw || '/', 'http://sandbox.local');
    const got = requestTarget(raw || undefined);
    expect(got.pathname).toBe(expected.pathname);
    expect([...got.searchParams]).toEqual([...expected.searchParams]);
  });
});

describe('crc16 (table-driven)', () => {
  /** The bitwise CRC-16/CCITT-FALSE over the UTF-8 bytes, as the sandbox computed it before. */
  function bitwise(text: string): string {
    let crc = 0xffff;
    for (const byte of Buffer.from(text, 'utf8')) {
      crc ^= byte << 8;
      for (let i = 0; i < 8; i++) {
        crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
      }
    }
    return crc.toString(16).toUpperCase().padStart(4, '0');
  }

  it('has the CRC-16/CCITT-FALSE check value', () => {
    expect(crc16('123456789')).toBe('29B1');
  });

  it('equals the bitwise CRC on ASCII and non-ASCII text', () => {
    const samples = ['', 'A', '00020101021226', 'Pembayaran ü ✓ 😀', '\ud800 lone surrogate'];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let i = 0; i < 500; i++) {
      let s = '';
      const n = Math.floor(next() * 80);
      for (let j = 0; j < n; j++) {
        s += String.fromCharCode(
          next() < 0.9 ? 32 + Math.floor(next() * 95) : Math.floor(next() * 0xffff),
        );
      }
      samples.push(s);
    }
    for (const s of samples) expect(crc16(s), JSON.stringify(s)).toBe(bitwise(s));
  });
});

describe('MemoryStore copies values in and out', () => {
  it('keeps bigint and nested data exact and isolated from both sides', () => {
    const store = new MemoryStore();
    const value = {
      amount: 15_000_000n,
      refunds: [{ amount: 1n, reason: 'x' }],
      quirks: { fee: 0n },
    };
    store.put('payment', '1:a', value);
    value.refunds[0]!.amount = 99n;
    value.refunds.push({ amount: 2n, reason: 'y' });
    const out = store.get<typeof value>('payment', '1:a');
    expect(out).toEqual({
      amount: 15_000_000n,
      refunds: [{ amount: 1n, reason: 'x' }],
      quirks: { fee: 0n },
    });
    out!.quirks.fee = 5n;
    expect(store.get<typeof value>('payment', '1:a')?.quirks.fee).toBe(0n);
    expect(store.list('payment', '1:')).toEqual([out && { ...out, quirks: { fee: 0n } }]);
  });

  it('keeps an own "__proto__" key as data, never as a prototype', () => {
    const store = new MemoryStore();
    const value = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<
      string,
      unknown
    >;
    store.put('k', 'x', value);
    const out = store.get<Record<string, unknown>>('k', 'x') as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['__proto__', 'a']);
    expect((out as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
