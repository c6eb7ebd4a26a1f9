import {
  PAYMENT_METHOD_TYPES,
  type PaymentMethod,
  type PaymentMethodType,
  type PaymentProvider,
  type Paymux,
} from '@paymux/core';

/**
 * Options of the `@paymux/medusa` provider in `medusa-config.ts`:
 *
 * ```ts
 * { resolve: '@paymux/medusa', id: 'otgpay-id', options: { paymux, provider: 'otgpay-id' } }
 * ```
 */
export interface PaymuxMedusaOptions {
  /**
   * A configured paymux client, `createPaymux({ providers: [otgpay({ country: indonesia(), ... })] })`,
   * or a promise of one (e.g. after `await PostgresStore.connect(...)` for a durable store,
   * which `medusa-config.ts`, compiled to CommonJS, cannot await at top level).
   */
  readonly paymux: Paymux | Promise<Paymux>;
  /** Id of the paymux provider that takes these payments. Default: the client's only provider. */
  readonly provider?: string;
  /** ISO 3166-1 alpha-2 country of the payments. Default: the provider's only country. */
  readonly country?: string;
  /**
   * Method when the storefront names none in the session `data.method`. Default `qr` when
   * the provider offers it; otherwise the storefront must choose.
   */
  readonly method?: PaymentMethod | PaymentMethodType;
  /**
   * Where the provider posts its callbacks: your Medusa webhook route,
   * `https://<your-medusa>/hooks/payment/paymux_<id>`. Passed with every charge; when
   * absent, the paymux provider's own default applies.
   */
  readonly notifyUrl?: string;
  /** Where the payer returns after paying on the provider's page. */
  readonly returnUrl?: string;
}

/** Options after validation, with defaults applied: what {@link resolveOptions} returns. */
export interface ResolvedOptions {
  /** The paymux client, settled when `options.paymux` was a promise. */
  readonly paymux: Paymux;
  /** The provider that takes the charges, found by `options.provider` (or the only one). */
  readonly provider: PaymentProvider;
  /** ISO 3166-1 alpha-2 country of every charge; one the provider serves. */
  readonly country: string;
  /** The default method, as `{ type, channel? }`; absent when the storefront must choose. */
  readonly method?: PaymentMethod;
  /** Absolute http(s) callback URL sent with every charge. */
  readonly notifyUrl?: string;
  /** Absolute http(s) URL the payer returns to from the provider's page. */
  readonly returnUrl?: string;
}

/** A configuration mistake found at boot; the message says which option and how to fix it. */
export class PaymuxOptionsError extends Error {
  /**
   * @param option - the option at fault, e.g. `provider`
   * @param message - what is wrong and how to fix it; prefixed with `@paymux/medusa: options.<option>`
   */
  constructor(
    /** The option at fault (`paymux`, `provider`, `country`, `method`, `notifyUrl`, `returnUrl`). */
    readonly option: string,
    message: string,
  ) {
    super(`@paymux/medusa: options.${option} ${message}`);
    this.name = 'PaymuxOptionsError';
  }
}

const FUNCTIONS = [
  ['charges', 'create'],
  ['charges', 'retrieve'],
  ['refunds', 'create'],
  ['webhooks', 'constructEvent'],
] as const;

function isPaymux(value: unknown): value is Paymux {
  if (typeof value !== 'object' || value === null) return false;
  const client = value as Record<string, Record<string, unknown> | undefined>;
  return (
    Array.isArray(client.providers) &&
    FUNCTIONS.every(([api, fn]) => typeof client[api]?.[fn] === 'function')
  );
}

function isUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function resolveMethod(value: unknown, provider: PaymentProvider): PaymentMethod | undefined {
  if (value === undefined) {
    return provider.capabilities.methods.includes('qr') ? { type: 'qr' } : undefined;
  }
  const method = typeof value === 'string' ? { type: value } : value;
  const type = (method as { type?: unknown }).type;
  if (!PAYMENT_METHOD_TYPES.includes(type as PaymentMethodType)) {
    throw new PaymuxOptionsError(
      'method',
      `must be one of ${PAYMENT_METHOD_TYPES.join(', ')} (or { type, channel }), got ${JSON.stringify(value)}`,
    );
  }
  if (!provider.capabilities.methods.includes(type as PaymentMethodType)) {
    throw new PaymuxOptionsError(
      'method',
      `"${String(type)}" is not offered by ${provider.id} (it offers ${provider.capabilities.methods.join(', ')})`,
    );
  }
  const channel = (method as { channel?: unknown }).channel;
  if (channel !== undefined && typeof channel !== 'string') {
    throw new PaymuxOptionsError('method', 'channel must be a string (a bank code or wallet name)');
  }
  return channel === undefined
    ? { type: type as PaymentMethodType }
    : { type: type as PaymentMethodType, channel };
}

/**
 * Checks the options Medusa passes from `medusa-config.ts` (with `paymux` already settled when
 * it was a promise); throws `PaymuxOptionsError`.
 */
export function resolveOptions(raw: unknown): ResolvedOptions {
  if (typeof raw !== 'object' || raw === null) {
    throw new PaymuxOptionsError(
      'paymux',
      'is required: give the provider options { paymux: createPaymux({ providers: [...] }) }',
    );
  }
  const options = raw as Partial<Record<keyof PaymuxMedusaOptions, unknown>>;
  if (!isPaymux(options.paymux)) {
    throw new PaymuxOptionsError(
      'paymux',
      'must be a paymux client created with createPaymux({ providers: [...] }) from @paymux/core, or a promise of one',
    );
  }
  const { paymux } = options;
  const ids = paymux.providers.map((p) => p.id);
  if (options.provider !== undefined && typeof options.provider !== 'string') {
    throw new PaymuxOptionsError('provider', 'must be a paymux provider id such as "otgpay-id"');
  }
  if (options.provider === undefined && ids.length !== 1) {
    throw new PaymuxOptionsError(
      'provider',
      `is required when the client has ${ids.length} providers: one of ${ids.join(', ') || '(none)'}`,
    );
  }
  const provider = paymux.providers.find((p) => p.id === (options.provider ?? ids[0]));
  if (!provider) {
    throw new PaymuxOptionsError(
      'provider',
      `"${String(options.provider)}" is not registered in the paymux client (it has ${ids.join(', ') || 'no providers'})`,
    );
  }
  if (!provider.capabilities.features.includes('charge')) {
    throw new PaymuxOptionsError('provider', `"${provider.id}" cannot take charges`);
  }
  const { countries } = provider.capabilities;
  if (options.country === undefined && countries.length !== 1) {
    throw new PaymuxOptionsError(
      'country',
      `is required: ${provider.id} serves ${countries.join(', ')}`,
    );
  }
  const country = options.country ?? countries[0];
  if (typeof country !== 'string' || !countries.includes(country)) {
    throw new PaymuxOptionsError(
      'country',
      `must be one of ${countries.join(', ')} (ISO 3166-1 alpha-2, upper case), got ${JSON.stringify(country)}`,
    );
  }
  for (const name of ['notifyUrl', 'returnUrl'] as const) {
    if (options[name] !== undefined && !isUrl(options[name])) {
      throw new PaymuxOptionsError(name, `must be an absolute http(s) URL`);
    }
  }
  const method = resolveMethod(options.method, provider);
  return {
    paymux,
    provider,
    country,
    ...(method ? { method } : {}),
    ...(options.notifyUrl === undefined ? {} : { notifyUrl: options.notifyUrl as string }),
    ...(options.returnUrl === undefined ? {} : { returnUrl: options.returnUrl as string }),
  };
}
