import { type Balance, ConfigurationError, PaymuxError } from '@paymux/core';
import { ADAPTER_OF } from './check-options.js';

/** What `OtgpayProvider.verifyCredentials()` proved: these settings talk to this merchant. */
export interface CredentialsCheck {
  /** Always true: a failed check throws a `ConfigurationError` naming the option instead. */
  readonly ok: true;
  /** The provider instance id, e.g. `otgpay-id`. */
  readonly provider: string;
  /** The appId that was accepted. */
  readonly appId: number;
  /** The origin that answered, e.g. `https://api.example`; never a query or key. */
  readonly baseUrl: string;
  /** The adapter's country, e.g. `ID`. */
  readonly country: string;
  /** The merchant account's currency as OTGPAY reported it; equals the adapter's. */
  readonly currency: string;
  /** The balance the check read (a signed, verified `/api/balance` answer). */
  readonly balance: Balance;
}

interface Setting {
  readonly provider: string;
  readonly appId: number;
  readonly baseUrl: string;
  readonly country: string;
  readonly currency: string;
}

const CURRENCY_COUNTRY: Readonly<Record<string, string>> = { IDR: 'ID', THB: 'TH', PKR: 'PK' };

/**
 * A `ConfigurationError` when the merchant account behind the credentials holds another
 * currency than the adapter's (e.g. `pakistan()` with Indonesian credentials): every create
 * would otherwise end as `1002 Illegal Param: amount`.
 */
export function merchantMismatch(setting: Setting, merchantCurrency: string): ConfigurationError {
  const theirs = ADAPTER_OF[CURRENCY_COUNTRY[merchantCurrency] ?? ''];
  const fix = theirs
    ? `use \`country: ${theirs.fn}()\` from '${theirs.pkg}' with these credentials`
    : 'use the country adapter of this merchant account';
  return new ConfigurationError(
    `otgpay(): appId ${setting.appId} is a ${merchantCurrency} merchant account, but country is ` +
      `${setting.country} (${setting.currency}): ${fix}, or the ${setting.currency} credentials with this adapter`,
    { field: 'country', rule: 'merchant_mismatch', provider: setting.provider },
  );
}

/**
 * The precise set-up mistake behind a failed read-only check, as a `ConfigurationError`
 * naming the option. Errors that say nothing about the set-up come back unchanged.
 */
export function explainCheckFailure(error: unknown, setting: Setting): unknown {
  if (!PaymuxError.isInstance(error)) return error;
  const base = { provider: setting.provider, cause: error };
  const where = `OTGPAY at ${setting.baseUrl}`;
  switch (error.code) {
    case 'configuration':
      return error;
    case 'authentication':
      if (error.field === 'appId') {
        return new ConfigurationError(
          `${where} does not know appId ${setting.appId}: check appId, and that baseUrl is the ` +
            'environment (sandbox/test or production) these credentials were issued for',
          { ...base, field: 'appId', rule: 'unknown_app' },
        );
      }
      return new ConfigurationError(
        `${where} refused the signature of appId ${setting.appId} ("Illegal Param: sign"): apiKey ` +
          'or merchantPrivateKey is not the one registered for this appId, or appId is another ' +
          "account's. Each appId has its own API key, and OTGPAY must hold the public half of " +
          'merchantPrivateKey (re-upload it in the dashboard if you generated a new pair)',
        { ...base, field: 'apiKey', rule: 'signature_refused' },
      );
    case 'signature_invalid':
      return new ConfigurationError(
        `the answer from ${where} did not verify with platformPublicKey: it is not OTGPAY's ` +
          'platform key for this environment. Download the platform public key again from the ' +
          'dashboard (it is not your own public key)',
        { ...base, field: 'platformPublicKey', rule: 'signature_mismatch' },
      );
    case 'network':
    case 'timeout':
      return new ConfigurationError(
        `nothing usable answered at ${setting.baseUrl} (${error.providerCode ?? error.code}): check ` +
          'baseUrl (scheme http/https, host, port) and that this host may reach it',
        { ...base, field: 'baseUrl', rule: 'unreachable' },
      );
    case 'provider_error':
    case 'not_found':
      if (
        error.providerCode !== undefined &&
        /^http_|^[45]\d\d$|envelope/.test(`${error.providerCode} ${error.message}`)
      ) {
        return new ConfigurationError(
          `${setting.baseUrl} did not answer as an OTGPAY API (${error.providerCode}): check ` +
            'baseUrl: the host given with your credentials, without /api',
          { ...base, field: 'baseUrl', rule: 'not_otgpay' },
        );
      }
      return error;
    default:
      return error;
  }
}
