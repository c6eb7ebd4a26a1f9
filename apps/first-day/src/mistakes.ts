import { generateKeyPairSync } from 'node:crypto';
import {
  type CreateChargeInput,
  type CreatePayoutInput,
  createPaymux,
  money,
  type Paymux,
} from '@paymux/core';
import type { OtgpayProvider, OtgpayProviderOptions } from '@paymux/otgpay';
import { indonesia } from '@paymux/otgpay-id';
import { pakistan } from '@paymux/otgpay-pk';

/**
 * First-day mistakes: what a merchant's developer really writes on day one, what paymux
 * answers, why, and what to do. One table drives the test (`test/mistakes.test.ts`) and
 * the troubleshooting page (`docs/troubleshooting.md`, written by `scripts/troubleshooting.ts`).
 */

/** When the mistake is caught. */
export type Stage =
  /** `otgpay({...})` throws while the provider is built: nothing can be sent. */
  | 'build'
  /** A create or read is refused locally, before any request. */
  | 'call'
  /** `provider.verifyCredentials()`: one signed read-only request, no money moves. */
  | 'deploy-check';

export interface MistakeContext {
  /** Options of a working OTGPAY provider for a sandbox merchant of `country`. */
  options(country: 'ID' | 'TH' | 'PK'): OtgpayProviderOptions;
  /** A client with one working provider for `country`. */
  paymux(country: 'ID' | 'TH' | 'PK'): Paymux;
  /** A provider built from `options` (the context counts its requests). */
  provider(options: OtgpayProviderOptions): OtgpayProvider;
}

export interface Mistake {
  readonly id: string;
  /** What the developer wrote, in their words. */
  readonly mistake: string;
  readonly stage: Stage;
  /** The error class paymux throws, its `code` and its `field`. */
  readonly error: { readonly name: string; readonly code: string; readonly field: string };
  /** Why it is wrong. */
  readonly cause: string;
  /** What to do. */
  readonly fix: string;
  /** Text the message must contain: the fix, as paymux says it. */
  readonly says: string;
  run(ctx: MistakeContext): unknown;
}

const otherPair = generateKeyPairSync('rsa', { modulusLength: 2048 });
const otherPrivate = otherPair.privateKey
  .export({ format: 'der', type: 'pkcs8' })
  .toString('base64');
const otherPublic = otherPair.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');

function pem(der: string, label: string): string {
  return `-----BEGIN ${label}-----\n${(der.match(/.{1,64}/g) ?? []).join('\n')}\n-----END ${label}-----\n`;
}

const customer = { name: 'Budi Santoso', email: 'budi@example.co.id', phone: '0812-3456-7890' };

function charge(patch: Partial<CreateChargeInput> = {}): CreateChargeInput {
  return {
    reference: 'first-day-1',
    money: money.idr('150000'),
    country: 'ID',
    method: { type: 'qr' },
    customer,
    ...patch,
  };
}

function payout(patch: Partial<CreatePayoutInput> = {}): CreatePayoutInput {
  return {
    reference: 'first-day-p1',
    money: money.idr('250000'),
    country: 'ID',
    destination: { type: 'bank_account', bank: 'BCA', accountNumber: '1234567890' },
    recipient: { name: 'Siti Rahayu', email: 'siti@example.co.id', phone: '081298765432' },
    ...patch,
  };
}

const build = (ctx: MistakeContext, patch: Record<string, unknown>) =>
  ctx.provider({ ...ctx.options('ID'), ...patch } as OtgpayProviderOptions);

const CONFIG = (field: string) => ({ name: 'ConfigurationError', code: 'configuration', field });
const INVALID = (field: string) => ({ name: 'ValidationError', code: 'validation', field });
const UNSUPPORTED = (field: string) => ({ name: 'UnsupportedError', code: 'unsupported', field });

export const MISTAKES: readonly Mistake[] = [
  // ── otgpay({...}) ───────────────────────────────────────────────────────────
  {
    id: 'country-function',
    mistake: '`country: indonesia` (the function, not its result)',
    stage: 'build',
    error: CONFIG('country'),
    cause: 'The adapter factory was passed instead of the adapter it builds.',
    fix: 'Call it: `country: indonesia()`.',
    says: '`country: indonesia()`',
    run: (ctx) => build(ctx, { country: indonesia }),
  },
  {
    id: 'country-missing',
    mistake: 'no `country` option',
    stage: 'build',
    error: CONFIG('country'),
    cause:
      'Every OTGPAY provider serves one country; without the adapter nothing can be checked or sent.',
    fix: "Add `country: indonesia()` from '@paymux/otgpay-id' (or thailand(), pakistan()).",
    says: "indonesia()` from '@paymux/otgpay-id'",
    run: (ctx) => build(ctx, { country: undefined }),
  },
  {
    id: 'country-code',
    mistake: "`country: 'TH'` (a country code)",
    stage: 'build',
    error: CONFIG('country'),
    cause: 'The option takes the country adapter with its rules, not an ISO code.',
    fix: "`country: thailand()` from '@paymux/otgpay-th'.",
    says: '`country: thailand()`',
    run: (ctx) => build(ctx, { country: 'TH' }),
  },
  {
    id: 'base-url-no-scheme',
    mistake: "`baseUrl: '127.0.0.1:8080'` (no scheme)",
    stage: 'build',
    error: CONFIG('baseUrl'),
    cause:
      'A URL without scheme cannot be requested; before, every create ended as an unknown outcome although nothing was sent.',
    fix: "Write the scheme: `baseUrl: 'http://127.0.0.1:8080'` (https for a real gateway).",
    says: "`baseUrl: 'http://127.0.0.1:8080'`",
    run: (ctx) => build(ctx, { baseUrl: '127.0.0.1:8080' }),
  },
  {
    id: 'base-url-api',
    mistake: "`baseUrl: 'https://gateway.example/api'`",
    stage: 'build',
    error: CONFIG('baseUrl'),
    cause:
      'Every OTGPAY path already starts with /api, so every request would go to /api/api/… and get 404.',
    fix: "Leave /api out: `baseUrl: 'https://gateway.example'`.",
    says: "`baseUrl: 'https://gateway.example'`",
    run: (ctx) => build(ctx, { baseUrl: 'https://gateway.example/api' }),
  },
  {
    id: 'base-url-missing',
    mistake: 'no `baseUrl` (an unset environment variable)',
    stage: 'build',
    error: CONFIG('baseUrl'),
    cause:
      'OTGPAY publishes no base URL; it comes with the credentials, per country and environment.',
    fix: 'Set `baseUrl` to the URL handed out with your credentials.',
    says: 'baseUrl is required',
    run: (ctx) => build(ctx, { baseUrl: undefined }),
  },
  {
    id: 'keys-swapped',
    mistake: 'merchantPrivateKey and platformPublicKey swapped',
    stage: 'build',
    error: CONFIG('merchantPrivateKey'),
    cause: 'The public key was given where the private key belongs and the other way round.',
    fix: "merchantPrivateKey is your own private key; platformPublicKey is OTGPAY's public key.",
    says: 'look swapped',
    run: (ctx) =>
      build(ctx, {
        merchantPrivateKey: pem(otherPublic, 'PUBLIC KEY'),
        platformPublicKey: pem(otherPrivate, 'PRIVATE KEY'),
      }),
  },
  {
    id: 'public-as-private',
    mistake: 'a public key as `merchantPrivateKey`',
    stage: 'build',
    error: CONFIG('merchantPrivateKey'),
    cause: 'Requests are signed with the merchant private key; a public key cannot sign.',
    fix: 'Give your own private key (PEM "-----BEGIN PRIVATE KEY-----" or base64 PKCS#8).',
    says: 'got a PUBLIC key',
    run: (ctx) => build(ctx, { merchantPrivateKey: otherPublic }),
  },
  {
    id: 'private-as-platform',
    mistake: 'a private key as `platformPublicKey`',
    stage: 'build',
    error: CONFIG('platformPublicKey'),
    cause:
      "The platform key verifies OTGPAY's answers; it is OTGPAY's public key, never a private key.",
    fix: "Download OTGPAY's platform public key from the dashboard.",
    says: 'got a PRIVATE key',
    run: (ctx) => build(ctx, { platformPublicKey: otherPrivate }),
  },
  {
    id: 'own-key-as-platform',
    mistake: 'your own public key as `platformPublicKey`',
    stage: 'build',
    error: CONFIG('platformPublicKey'),
    cause:
      "The public half of your key is what you upload to OTGPAY; answers are signed with OTGPAY's key.",
    fix: "Use OTGPAY's platform public key.",
    says: 'public half of your own merchantPrivateKey',
    run: (ctx) => {
      const own = ctx.options('ID');
      const pub = generateKeyPairSync('rsa', { modulusLength: 2048 });
      return build(ctx, {
        merchantPrivateKey: pub.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
        platformPublicKey: pub.publicKey.export({ format: 'pem', type: 'spki' }).toString(),
        appId: own.appId,
      });
    },
  },
  {
    id: 'key-placeholder',
    mistake: "`merchantPrivateKey: 'paste-your-key-here'`",
    stage: 'build',
    error: CONFIG('merchantPrivateKey'),
    cause: 'The text is no RSA key in any encoding.',
    fix: 'Paste the whole PEM; literal \\n escapes from an .env file are accepted.',
    says: '-----BEGIN PRIVATE KEY-----',
    run: (ctx) => build(ctx, { merchantPrivateKey: 'paste-your-key-here' }),
  },
  {
    id: 'credentials-option',
    mistake: '`otgpay({ country, credentials, baseUrl })`',
    stage: 'build',
    error: CONFIG('credentials'),
    cause: 'There is no `credentials` option; the four credential values are options of their own.',
    fix: 'Spread them: `otgpay({ country: indonesia(), ...credentials, notifyUrl })`.',
    says: '...credentials',
    run: (ctx) => build(ctx, { credentials: {} }),
  },
  {
    id: 'option-typo',
    mistake: '`notifyURL` (an option name with a typo)',
    stage: 'build',
    error: CONFIG('notifyURL'),
    cause: 'Unknown options used to be ignored silently; the default then applied.',
    fix: 'Use the option name paymux suggests.',
    says: 'did you mean `notifyUrl`',
    run: (ctx) => build(ctx, { notifyURL: 'https://shop.example/hook' }),
  },
  {
    id: 'app-id-text',
    mistake: "`appId: 'app-10001'`",
    stage: 'build',
    error: CONFIG('appId'),
    cause: 'The appId is the integer issued with the API key.',
    fix: '`appId: Number(process.env.OTGPAY_APP_ID)` (a string of digits is accepted too).',
    says: 'Number(process.env.OTGPAY_APP_ID)',
    run: (ctx) => build(ctx, { appId: 'app-10001' }),
  },
  {
    id: 'api-key-is-pem',
    mistake: 'a PEM key pasted as `apiKey`',
    stage: 'build',
    error: CONFIG('apiKey'),
    cause:
      'The API ("secret") key is the short string from the dashboard, appended as &key= when signing.',
    fix: '`apiKey: process.env.OTGPAY_API_KEY`.',
    says: 'apiKey got an RSA key',
    run: (ctx) => build(ctx, { apiKey: pem(otherPrivate, 'PRIVATE KEY') }),
  },
  {
    id: 'notify-url-no-scheme',
    mistake: "`notifyUrl: 'shop.example/webhooks'`",
    stage: 'build',
    error: CONFIG('notifyUrl'),
    cause: 'The gateway can only post callbacks to an absolute http(s) URL.',
    fix: "`notifyUrl: 'https://shop.example/webhooks/otgpay'`.",
    says: "'https://shop.example/webhooks/otgpay'",
    run: (ctx) => build(ctx, { notifyUrl: 'shop.example/webhooks' }),
  },
  {
    id: 'timeout-zero',
    mistake: '`timeoutMs: 0`',
    stage: 'build',
    error: CONFIG('timeoutMs'),
    cause: 'Every attempt would time out at once and end as an unknown outcome.',
    fix: 'Leave the default (15000) or give 1–600000 ms.',
    says: 'from 1 to 600000',
    run: (ctx) => build(ctx, { timeoutMs: 0 }),
  },
  // ── deploy-time check ───────────────────────────────────────────────────────
  {
    id: 'wrong-api-key',
    mistake: "another account's API key",
    stage: 'deploy-check',
    error: CONFIG('apiKey'),
    cause: 'OTGPAY answers "Illegal Param: sign": the signature does not fit the appId.',
    fix: 'Use the API key of this appId, and check the merchant key pair uploaded to OTGPAY.',
    says: 'apiKey or merchantPrivateKey is not the one registered for this appId',
    run: (ctx) => build(ctx, { apiKey: 'sbx_id_0000000000000000' }).verifyCredentials(),
  },
  {
    id: 'wrong-platform-key',
    mistake: 'a `platformPublicKey` of another environment',
    stage: 'deploy-check',
    error: CONFIG('platformPublicKey'),
    cause: "OTGPAY's answers do not verify with the key given.",
    fix: 'Download the platform public key again for this environment.',
    says: 'Download the platform public key again',
    run: (ctx) => build(ctx, { platformPublicKey: otherPublic }).verifyCredentials(),
  },
  {
    id: 'unknown-app-id',
    mistake: 'a production appId against the test base URL',
    stage: 'deploy-check',
    error: CONFIG('appId'),
    cause: 'OTGPAY answers "Illegal Param: appId": this environment has no such account.',
    fix: 'Pair each appId with the base URL of its environment.',
    says: 'does not know appId 99999',
    run: (ctx) => build(ctx, { appId: 99_999 }).verifyCredentials(),
  },
  {
    id: 'adapter-vs-credentials',
    mistake: '`pakistan()` with Indonesian credentials',
    stage: 'deploy-check',
    error: CONFIG('country'),
    cause: 'The account holds IDR; every PKR create would end as "1002 Illegal Param: amount".',
    fix: 'Use the adapter of the account: `country: indonesia()`, or the Pakistani credentials.',
    says: '`country: indonesia()`',
    run: (ctx) => build(ctx, { country: pakistan() }).verifyCredentials(),
  },
  // ── creates refused before any request ─────────────────────────────────────
  {
    id: 'no-notify-url',
    mistake: 'no `notifyUrl` on the call and no provider default',
    stage: 'call',
    error: INVALID('notifyUrl'),
    cause: 'Without a callback URL no webhook ever reports how the order ended.',
    fix: 'Pass `notifyUrl` per call or set it in `otgpay({ notifyUrl })`; `notifyUrl: false` opts out.',
    says: 'notifyUrl: false',
    run: (ctx) =>
      createPaymuxWith(ctx, { ...ctx.options('ID'), notifyUrl: undefined }).charges.create(
        charge(),
      ),
  },
  {
    id: 'currency-mismatch',
    mistake: "`currency: 'THB'` with `indonesia()`",
    stage: 'call',
    error: UNSUPPORTED('money.currency'),
    cause: 'Only the Indonesian provider is registered, and it takes IDR.',
    fix: 'Register `thailand()` for Thai charges, or charge in IDR.',
    says: 'ID takes IDR, not THB',
    run: (ctx) => ctx.paymux('ID').charges.create(charge({ money: money.thb('150') })),
  },
  {
    id: 'method-not-offered',
    mistake: "`method: { type: 'mobile_banking' }` in Indonesia",
    stage: 'call',
    error: UNSUPPORTED('method.type'),
    cause:
      'Mobile banking is a Thai method; Indonesia offers QRIS, virtual accounts and e-wallets.',
    fix: 'Pick one of the methods the message lists.',
    says: 'ID offers qr, virtual_account, ewallet',
    run: (ctx) =>
      ctx
        .paymux('ID')
        .charges.create(charge({ method: { type: 'mobile_banking', channel: 'BCA' } })),
  },
  {
    id: 'va-bank-without-va',
    mistake: "`{ type: 'virtual_account', channel: 'Maybank' }`",
    stage: 'call',
    error: INVALID('method.channel'),
    cause: 'Maybank is a known bank, but OTGPAY offers no virtual account there.',
    fix: 'Pick a bank from the list in the message.',
    says: 'Maybank (016) offers no virtual account',
    run: (ctx) =>
      ctx
        .paymux('ID')
        .charges.create(charge({ method: { type: 'virtual_account', channel: 'Maybank' } })),
  },
  {
    id: 'va-without-channel',
    mistake: "`{ type: 'virtual_account' }` without a bank",
    stage: 'call',
    error: INVALID('method.channel'),
    cause: 'A virtual account is opened at one bank.',
    fix: "Add `channel` with a bank code or name, e.g. `channel: 'BCA'`.",
    says: "BCA Virtual Account ('014')",
    run: (ctx) => ctx.paymux('ID').charges.create(charge({ method: { type: 'virtual_account' } })),
  },
  {
    id: 'va-unknown-bank',
    mistake: "`channel: 'Bank Foo'`",
    stage: 'call',
    error: INVALID('method.channel'),
    cause: 'No bank of that name or code is known in Indonesia.',
    fix: 'Use a code, short name or full name from the list.',
    says: 'is no bank name or code known in Indonesia',
    run: (ctx) =>
      ctx
        .paymux('ID')
        .charges.create(charge({ method: { type: 'virtual_account', channel: 'Bank Foo' } })),
  },
  {
    id: 'float-amount',
    mistake: '`amount: 1500.5` (a float)',
    stage: 'call',
    error: INVALID('money.amount'),
    cause: 'Amounts are exact integers of minor units; a float is never money.',
    fix: "`money.idr('150000')` or `{ amount: 15_000_000n, currency: 'IDR' }`.",
    says: "money.idr('75000')",
    run: (ctx) =>
      ctx.paymux('ID').charges.create(charge({ money: { amount: 1500.5, currency: 'IDR' } })),
  },
  {
    id: 'amount-as-string',
    mistake: "`amount: '150000'` (a string)",
    stage: 'call',
    error: INVALID('money.amount'),
    cause: 'The contract takes minor units as bigint; a string would be ambiguous about the unit.',
    fix: "`money.idr('150000')` reads the string in rupiah, exactly.",
    says: "money.idr('75000')",
    run: (ctx) =>
      ctx
        .paymux('ID')
        .charges.create(
          charge({ money: { amount: '150000' as unknown as bigint, currency: 'IDR' } }),
        ),
  },
  {
    id: 'rupiah-as-minor-units',
    mistake: 'Rp 1 miliar written in rupiah, paid out to OVO',
    stage: 'call',
    error: INVALID('money.amount'),
    cause: 'An OVO wallet cannot hold more than Rp 20.000.000 (Bank Indonesia e-money cap).',
    fix: "Write the unit: `money.idr('75000')`; raise `payoutLimits` only if your contract allows.",
    says: "money.idr('75000')",
    run: (ctx) =>
      ctx.paymux('ID').payouts.create(
        payout({
          money: money.idr('1000000000'),
          destination: { type: 'ewallet', bank: 'OVO', accountNumber: '0812-3456-7890' },
        }),
      ),
  },
  {
    id: 'rupiah-with-sen',
    mistake: 'Rp 150.000,50 (sen) for an Indonesian charge',
    stage: 'call',
    error: INVALID('money.amount'),
    cause: 'OTGPAY takes whole rupiah; paymux never rounds.',
    fix: "Charge whole rupiah: `money.idr('150001')` or `money.idr('150000')`.",
    says: 'whole',
    run: (ctx) => ctx.paymux('ID').charges.create(charge({ money: money.idr('150000.50') })),
  },
  {
    id: 'qris-below-minimum',
    mistake: 'a QRIS charge of Rp 5.000',
    stage: 'call',
    error: INVALID('money.amount'),
    cause: 'QRIS takes Rp 10.000 to Rp 10.000.000.',
    fix: 'Charge within the limits, or use another method.',
    says: 'QRIS takes 10000.00 to 10000000.00 IDR',
    run: (ctx) => ctx.paymux('ID').charges.create(charge({ money: money.idr('5000') })),
  },
  {
    id: 'landline',
    mistake: "`phone: '021 5550 1234'` (a Jakarta landline)",
    stage: 'call',
    error: INVALID('customer.phone'),
    cause: 'OTGPAY takes mobile numbers only.',
    fix: 'Ask for a mobile number.',
    says: 'e.g. 081234567890',
    run: (ctx) =>
      ctx
        .paymux('ID')
        .charges.create(charge({ customer: { ...customer, phone: '021 5550 1234' } })),
  },
  {
    id: 'unassigned-prefix',
    mistake: "`phone: '0841 2345 6789'`",
    stage: 'call',
    error: INVALID('customer.phone'),
    cause: 'No Indonesian operator was assigned the 0841 prefix.',
    fix: 'Check the number; mobile prefixes are listed in the message.',
    says: '0811-0813',
    run: (ctx) =>
      ctx
        .paymux('ID')
        .charges.create(charge({ customer: { ...customer, phone: '0841 2345 6789' } })),
  },
  {
    id: 'name-digits',
    mistake: "`name: 'Budi 2'`",
    stage: 'call',
    error: INVALID('customer.name'),
    cause: "OTGPAY names take letters, spaces and ' . - only.",
    fix: 'Send the payer name without digits or symbols.',
    says: 'take only letters',
    run: (ctx) =>
      ctx.paymux('ID').charges.create(charge({ customer: { ...customer, name: 'Budi 2' } })),
  },
  {
    id: 'thai-name-too-long',
    mistake: 'a Thai name of 23 letters and 10 vowel/tone marks (33 code points)',
    stage: 'call',
    error: INVALID('customer.name'),
    cause: 'The 30-character limit counts code points: each vowel or tone mark counts as one.',
    fix: 'Shorten the name (given and family name).',
    says: 'counted in Unicode code points',
    run: (ctx) =>
      ctx.paymux('TH').charges.create({
        reference: 'first-day-th',
        money: money.thb('150'),
        country: 'TH',
        method: { type: 'qr' },
        customer: {
          name: 'ศักดิ์สิทธิ์ ศรีประเสริฐวิทยาพงษ์', // 23 letters + 10 marks = 33
          email: 'sak@example.co.th',
          phone: '081-234-5678',
        },
      }),
  },
  {
    id: 'nik-29-february',
    mistake: 'a NIK dated 29 February 1991',
    stage: 'call',
    error: INVALID('customer.nationalId'),
    cause: '1991 was not a leap year: no NIK carries that birth date.',
    fix: 'Check the NIK on the KTP.',
    says: 'NIK: 16 digits',
    run: (ctx) =>
      ctx
        .paymux('ID')
        .charges.create(charge({ customer: { ...customer, nationalId: '3173012902910001' } })),
  },
  {
    id: 'cnic-province-zero',
    mistake: 'CNIC `05202-1234567-1`',
    stage: 'call',
    error: INVALID('customer.nationalId'),
    cause: 'The first CNIC digit is the province (1–8); 0 is none.',
    fix: 'Check the CNIC.',
    says: 'CNIC: 13 digits',
    run: (ctx) =>
      ctx.paymux('PK').charges.create({
        reference: 'first-day-pk',
        money: money.pkr('1500'),
        country: 'PK',
        method: { type: 'ewallet', channel: 'JazzCash' },
        customer: {
          name: 'Ayesha Khan',
          email: 'ayesha@example.pk',
          phone: '+92 300 1234567',
          nationalId: '05202-1234567-1',
        },
      }),
  },
  {
    id: 'jazzcash-without-cnic',
    mistake: 'a JazzCash charge without the CNIC',
    stage: 'call',
    error: INVALID('customer.nationalId'),
    cause: 'JazzCash requires the payer CNIC.',
    fix: 'Pass `customer.nationalId`.',
    says: 'customer.nationalId is required',
    run: (ctx) =>
      ctx.paymux('PK').charges.create({
        reference: 'first-day-pk2',
        money: money.pkr('1500'),
        country: 'PK',
        method: { type: 'ewallet', channel: 'JAZZCASH' },
        customer: { name: 'Ayesha Khan', email: 'ayesha@example.pk', phone: '03001234567' },
      }),
  },
  {
    id: 'iban-check-digits-00',
    mistake: 'IBAN `PK00BAHL1006098100123401`',
    stage: 'call',
    error: INVALID('destination.accountNumber'),
    cause: 'ISO 13616 check digits are 02–98; 00 is a typing error.',
    fix: 'Copy the IBAN again from the recipient.',
    says: 'check digits are 02-98',
    run: (ctx) =>
      ctx.paymux('PK').payouts.create({
        reference: 'first-day-pk3',
        money: money.pkr('2500'),
        country: 'PK',
        destination: {
          type: 'bank_account',
          bank: 'BAHL',
          accountNumber: 'PK00BAHL1006098100123401',
        },
        recipient: {
          name: 'Bilal Ahmed',
          email: 'bilal@example.pk',
          phone: '0321-7654321',
          nationalId: '42101-7654321-1',
        },
      }),
  },
  {
    id: 'bca-account-length',
    mistake: 'a 9-digit BCA account number',
    stage: 'call',
    error: INVALID('destination.accountNumber'),
    cause: 'BCA account numbers have 10 digits.',
    fix: 'Check the account number.',
    says: 'BCA account numbers are 10 digits',
    run: (ctx) =>
      ctx.paymux('ID').payouts.create(
        payout({
          destination: { type: 'bank_account', bank: 'BCA', accountNumber: '123456789' },
        }),
      ),
  },
  {
    id: 'wallet-as-bank',
    mistake: "`{ type: 'bank_account', bank: 'OVO' }`",
    stage: 'call',
    error: INVALID('destination.bank'),
    cause: 'OVO is an e-wallet, not a bank.',
    fix: "`destination: { type: 'ewallet', bank: 'OVO', accountNumber: <wallet phone> }`.",
    says: "use destination.type 'ewallet'",
    run: (ctx) =>
      ctx.paymux('ID').payouts.create(
        payout({
          destination: { type: 'bank_account', bank: 'OVO', accountNumber: '081234567890' },
        }),
      ),
  },
  {
    id: 'reference-with-space',
    mistake: "`reference: 'order 1001'`",
    stage: 'call',
    error: INVALID('reference'),
    cause: 'References go into URLs and signatures: letters, digits, _ and - only.',
    fix: "`reference: 'order-1001'`.",
    says: 'letters, digits, _ or -',
    run: (ctx) => ctx.paymux('ID').charges.create(charge({ reference: 'order 1001' })),
  },
  {
    id: 'currency-lower-case',
    mistake: "`currency: 'idr'`",
    stage: 'call',
    error: INVALID('money.currency'),
    cause: 'Currencies are ISO 4217 codes in capitals.',
    fix: "`currency: 'IDR'`, or `money.idr(...)`.",
    says: 'ISO 4217 code in capitals',
    run: (ctx) =>
      ctx.paymux('ID').charges.create(charge({ money: { amount: 15_000_000n, currency: 'idr' } })),
  },
  {
    id: 'country-alpha-3',
    mistake: "`country: 'IDN'`",
    stage: 'call',
    error: INVALID('country'),
    cause: 'Countries are ISO 3166-1 alpha-2 codes.',
    fix: "`country: 'ID'`.",
    says: 'ISO 3166-1 alpha-2',
    run: (ctx) => ctx.paymux('ID').charges.create(charge({ country: 'IDN' })),
  },
  {
    id: 'email-missing-at',
    mistake: "`email: 'budi.example.co.id'`",
    stage: 'call',
    error: INVALID('customer.email'),
    cause: 'OTGPAY requires the payer email address.',
    fix: 'Send a real address, e.g. name@example.com.',
    says: 'email address',
    run: (ctx) =>
      ctx
        .paymux('ID')
        .charges.create(charge({ customer: { ...customer, email: 'budi.example.co.id' } })),
  },
  {
    id: 'truemoney-payout-limit',
    mistake: 'a ฿50,000 payout to a TrueMoney Wallet',
    stage: 'call',
    error: INVALID('money.amount'),
    cause: 'TrueMoney Wallet payouts default to at most ฿30,000 (our default, overridable).',
    fix: "Split the payout, or set `thailand({ payoutLimits: { 'ewallet:TRUEMONEY': { max } } })`.",
    says: "'ewallet:TRUEMONEY'",
    run: (ctx) =>
      ctx.paymux('TH').payouts.create({
        reference: 'first-day-th2',
        money: money.thb('50000'),
        country: 'TH',
        destination: {
          type: 'ewallet',
          bank: 'TrueMoney Wallet',
          accountNumber: '+66 81 234 5678',
        },
        recipient: { name: 'Malee Srisuk', email: 'malee@example.co.th', phone: '091 234 5678' },
      }),
  },
];

function createPaymuxWith(ctx: MistakeContext, options: OtgpayProviderOptions): Paymux {
  return createPaymux({ providers: [ctx.provider(options)] });
}
