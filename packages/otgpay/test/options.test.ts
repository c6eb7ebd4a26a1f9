import { generateKeyPairSync } from 'node:crypto';
import { ConfigurationError, PaymuxError, ValidationError } from '@paymux/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type OtgpayProviderOptions, otgpay } from '../src/index.js';
import { API_KEY, APP_ID, merchantKeys, otherKeys, platformKeys } from './fixtures/keys.js';
import { customer, recordingContext } from './fixtures/provider-options.js';
import { testCountry } from './fixtures/test-country.js';

/** A fetch that fails the test if anything is ever sent. */
const sent: string[] = [];
const neverFetch = async (request: Request) => {
  sent.push(request.url);
  throw new Error('no request may be sent');
};

function options(overrides: Record<string, unknown> = {}): OtgpayProviderOptions {
  return {
    country: testCountry,
    appId: APP_ID,
    apiKey: API_KEY,
    merchantPrivateKey: merchantKeys.privateBase64,
    platformPublicKey: platformKeys.publicBase64,
    baseUrl: 'https://otgpay.test',
    notifyUrl: 'https://shop.example/hook',
    fetch: neverFetch,
    ...overrides,
  } as OtgpayProviderOptions;
}

afterEach(() => vi.unstubAllGlobals());

function refusal(build: () => unknown): PaymuxError {
  try {
    build();
  } catch (error) {
    if (PaymuxError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected otgpay() to refuse the options');
}

function pem(der: string, label: string): string {
  const lines = der.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

function indonesia() {
  return testCountry;
}

describe('otgpay() checks every option when it is built', () => {
  it('names the country function passed instead of its result, and a missing country', () => {
    const fn = refusal(() => otgpay(options({ country: indonesia })));
    expect(fn).toBeInstanceOf(ConfigurationError);
    expect(fn).toMatchObject({ code: 'configuration', field: 'country', rule: 'type' });
    expect(fn.message).toContain('`country: indonesia()`');

    const missing = refusal(() => otgpay(options({ country: undefined })));
    expect(missing).toMatchObject({ field: 'country', rule: 'required' });
    expect(missing.message).toContain("indonesia()` from '@paymux/otgpay-id'");

    const code = refusal(() => otgpay(options({ country: 'TH' })));
    expect(code.message).toContain("`country: thailand()` from '@paymux/otgpay-th'");
  });

  it.each([
    ['127.0.0.1:8080', "`baseUrl: 'http://127.0.0.1:8080'`"],
    ['localhost:3000', "`baseUrl: 'http://localhost:3000'`"],
    ['api.otgpay.example', "`baseUrl: 'https://api.otgpay.example'`"],
    ['https://api.otgpay.example/api', "`baseUrl: 'https://api.otgpay.example'`"],
    ['https://api.otgpay.example/api/', "`baseUrl: 'https://api.otgpay.example'`"],
    ['https://api.otgpay.example/?x=1', "`baseUrl: 'https://api.otgpay.example'`"],
    ['ftp://api.otgpay.example', 'https://'],
    ['', 'baseUrl is required'],
  ])('refuses baseUrl %j and shows the fix', (baseUrl, fix) => {
    const error = refusal(() => otgpay(options({ baseUrl })));
    expect(error).toMatchObject({ code: 'configuration', field: 'baseUrl' });
    expect(error.message).toContain(fix);
  });

  it('accepts a base URL with spaces around it and a trailing slash', () => {
    expect(() => otgpay(options({ baseUrl: '  http://127.0.0.1:8080/  ' }))).not.toThrow();
  });

  it('accepts a PEM key with literal \\n escapes, quotes and CRLF, as env files hold it', () => {
    const escaped = pem(merchantKeys.privateBase64, 'PRIVATE KEY').replace(/\n/g, '\\n');
    const platform = `"${pem(platformKeys.publicBase64, 'PUBLIC KEY').replace(/\n/g, '\r\n')}"`;
    const provider = otgpay(options({ merchantPrivateKey: escaped, platformPublicKey: platform }));
    expect(provider.id).toBe('otgpay-id');
  });

  it('says which option got which kind of key when the two are swapped', () => {
    const swapped = refusal(() =>
      otgpay(
        options({
          merchantPrivateKey: pem(platformKeys.publicBase64, 'PUBLIC KEY'),
          platformPublicKey: pem(merchantKeys.privateBase64, 'PRIVATE KEY'),
        }),
      ),
    );
    expect(swapped).toMatchObject({ field: 'merchantPrivateKey', rule: 'swapped' });
    expect(swapped.message).toContain('merchantPrivateKey got a PUBLIC key');
    expect(swapped.message).toContain('platformPublicKey got a PRIVATE key');
    expect(swapped.message).not.toMatch(/MII[A-Za-z0-9+/]{20}/);

    const publicAsPrivate = refusal(() =>
      otgpay(options({ merchantPrivateKey: platformKeys.publicBase64 })),
    );
    expect(publicAsPrivate).toMatchObject({ field: 'merchantPrivateKey', rule: 'key_kind' });
    expect(publicAsPrivate.message).toContain('got a PUBLIC key');

    const privateAsPublic = refusal(() =>
      otgpay(options({ platformPublicKey: otherKeys.privateBase64 })),
    );
    expect(privateAsPublic).toMatchObject({ field: 'platformPublicKey', rule: 'key_kind' });
    expect(privateAsPublic.message).toContain('got a PRIVATE key');
  });

  it('refuses its own public key as the platform key, and text that is no key', () => {
    const own = refusal(() => otgpay(options({ platformPublicKey: merchantKeys.publicBase64 })));
    expect(own).toMatchObject({ field: 'platformPublicKey', rule: 'own_key' });
    const junk = refusal(() => otgpay(options({ merchantPrivateKey: 'paste-your-key-here' })));
    expect(junk).toMatchObject({ field: 'merchantPrivateKey', rule: 'format' });
    expect(junk.message).toContain('-----BEGIN PRIVATE KEY-----');
  });

  it('refuses a key that is not RSA, and an RSA key under 2048 bits, naming the option', () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const notRsa = refusal(() =>
      otgpay(
        options({
          merchantPrivateKey: ec.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
        }),
      ),
    );
    expect(notRsa).toMatchObject({ field: 'merchantPrivateKey', rule: 'key_kind' });
    expect(notRsa.message).toContain('not an RSA key');
    const small = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const weak = refusal(() =>
      otgpay(
        options({
          platformPublicKey: small.publicKey.export({ format: 'pem', type: 'spki' }).toString(),
        }),
      ),
    );
    expect(weak).toMatchObject({ field: 'platformPublicKey', rule: 'key_size' });
    expect(weak.message).toContain('1024-bit');
  });

  it('checks keys synchronously without node:crypto (workerd), the same errors', async () => {
    vi.resetModules();
    vi.stubGlobal('process', { ...process, getBuiltinModule: undefined });
    const edge = (await import('../src/index.js')) as typeof import('../src/index.js');
    const provider = edge.otgpay(
      options({ merchantPrivateKey: pem(merchantKeys.privateBase64, 'PRIVATE KEY') }),
    );
    expect(provider.id).toBe('otgpay-id');
    const swapped = refusal(() =>
      edge.otgpay(
        options({
          merchantPrivateKey: platformKeys.publicBase64,
          platformPublicKey: otherKeys.privateBase64,
        }),
      ),
    );
    expect(swapped).toMatchObject({ field: 'merchantPrivateKey', rule: 'swapped' });
    const own = refusal(() =>
      edge.otgpay(options({ platformPublicKey: merchantKeys.publicBase64 })),
    );
    expect(own).toMatchObject({ field: 'platformPublicKey', rule: 'own_key' });
    expect(sent).toEqual([]);
  });

  it('takes appId as digits from an env file, refuses anything else with an example', () => {
    expect(() => otgpay(options({ appId: ` ${APP_ID}\n` }))).not.toThrow();
    const bad = refusal(() => otgpay(options({ appId: 'app-1001' })));
    expect(bad).toMatchObject({ field: 'appId', rule: 'type' });
    expect(bad.message).toContain('Number(process.env.OTGPAY_APP_ID)');
  });

  it('refuses an RSA key pasted as apiKey, and options that do not exist', () => {
    const key = refusal(() =>
      otgpay(options({ apiKey: pem(otherKeys.privateBase64, 'PRIVATE KEY') })),
    );
    expect(key).toMatchObject({ field: 'apiKey', rule: 'key_kind' });
    const credentials = refusal(() => otgpay(options({ credentials: {} })));
    expect(credentials).toMatchObject({ field: 'credentials', rule: 'unknown_option' });
    expect(credentials.message).toContain('...credentials');
    const typo = refusal(() => otgpay(options({ notifyURL: 'https://x.example' })));
    expect(typo.message).toContain('did you mean `notifyUrl`');
  });

  it('refuses a notifyUrl that is not an http(s) URL and out-of-range numbers', () => {
    expect(refusal(() => otgpay(options({ notifyUrl: 'shop.example/hook' })))).toMatchObject({
      field: 'notifyUrl',
      rule: 'url',
    });
    expect(refusal(() => otgpay(options({ timeoutMs: 0 })))).toMatchObject({ field: 'timeoutMs' });
    expect(refusal(() => otgpay(options({ maxBatchSize: 501 })))).toMatchObject({
      field: 'maxBatchSize',
    });
    expect(sent).toEqual([]);
  });
});

describe('notifyUrl is required per call or as a default, unless opted out', () => {
  const charge = {
    reference: 'order-n1',
    money: { amount: 15_000_000n, currency: 'IDR' },
    country: 'ID',
    method: { type: 'qr' as const },
    customer,
  };

  it('refuses a create with no notifyUrl anywhere, before any request', async () => {
    const provider = otgpay(options({ notifyUrl: undefined }));
    const error = await provider.createCharge(charge, recordingContext()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field: 'notifyUrl', rule: 'required' });
    expect((error as Error).message).toContain('notifyUrl: false');
    const batch = await provider
      .createPayoutBatch(
        {
          reference: 'b-1',
          items: [
            {
              reference: 'p-1',
              money: { amount: 5_000_000n, currency: 'IDR' },
              country: 'ID',
              destination: { type: 'bank_account', bank: 'BCA', accountNumber: '1234567890' },
              recipient: customer,
            },
          ],
        },
        recordingContext(),
      )
      .catch((e: unknown) => e);
    expect(batch).toMatchObject({ field: 'notifyUrl', rule: 'required' });
    expect(sent).toEqual([]);
  });

  it('sends without notifyUrl when the merchant opted out with notifyUrl: false', async () => {
    const bodies: Record<string, unknown>[] = [];
    const provider = otgpay(
      options({
        notifyUrl: false,
        fetch: async (request: Request) => {
          bodies.push(JSON.parse(await request.text()));
          return new Response(
            JSON.stringify({ status: '0', error: '1004', msg: 'system is busy' }),
          );
        },
      }),
    );
    await provider.createCharge(charge, recordingContext()).catch(() => undefined);
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).not.toHaveProperty('notifyUrl');
  });
});
