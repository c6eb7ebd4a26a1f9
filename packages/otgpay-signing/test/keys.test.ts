import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { KeyFormatError, keyKind, parsePrivateKey, parsePublicKey } from '../src/index.js';

const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
const privatePem = pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
const privatePkcs1 = pair.privateKey.export({ format: 'pem', type: 'pkcs1' }).toString();
const publicPem = pair.publicKey.export({ format: 'pem', type: 'spki' }).toString();
const privateB64 = pair.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
const publicB64 = pair.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');

function found(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof KeyFormatError) return error.found;
    throw error;
  }
  return 'accepted';
}

describe('keys as env files and dashboards hold them', () => {
  it.each([
    ['PEM with literal \\n', privatePem.replace(/\n/g, '\\n')],
    ['PKCS#1 PEM with literal \\r\\n', privatePkcs1.replace(/\n/g, '\\r\\n')],
    ['quoted PEM with CRLF', `"${privatePem.replace(/\n/g, '\r\n')}"`],
    ['base64 DER with spaces around', `  ${privateB64}\n`],
  ])('reads a private key: %s', (_, text) => {
    expect(parsePrivateKey(text).type).toBe('private');
  });

  it('reads public keys with literal \\n and in single quotes', () => {
    expect(parsePublicKey(publicPem.replace(/\n/g, '\\n')).type).toBe('public');
    expect(parsePublicKey(`'${publicB64}'`).type).toBe('public');
  });

  it('tells a public key given as private, and a private key given as public, apart', () => {
    expect(found(() => parsePrivateKey(publicPem))).toBe('public');
    expect(found(() => parsePrivateKey(publicB64))).toBe('public');
    expect(found(() => parsePublicKey(privatePem))).toBe('private');
    expect(found(() => parsePublicKey(privateB64))).toBe('private');
    expect(found(() => parsePublicKey('not a key'))).toBe('unreadable');
    expect(found(() => parsePrivateKey('  '))).toBe('empty');
    expect(keyKind(privateB64)).toBe('private');
    expect(keyKind(publicPem)).toBe('public');
  });

  it('never puts key material in the message', () => {
    try {
      parsePrivateKey(publicPem);
    } catch (error) {
      expect(String(error)).not.toContain(publicB64.slice(20, 60));
    }
  });
});
