import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from '@medusajs/framework/types';
import {
  AbstractPaymentProvider,
  MedusaError,
  type PaymentSessionStatus,
} from '@medusajs/framework/utils';
import { type Charge, equalMoney, PaymuxError, ValidationError } from '@paymux/core';
import { toMoney } from './amount.js';
import { type MedusaCustomer, toParty } from './customer.js';
import { toMedusaError } from './medusa-error.js';
import { chosenMethod } from './method.js';
import {
  type PaymuxMedusaOptions,
  PaymuxOptionsError,
  type ResolvedOptions,
  resolveOptions,
} from './options.js';
import { toSessionData } from './session-data.js';
import { sessionStatus } from './status.js';
import { NOT_SUPPORTED, rawBodyOf, toWebhookAction } from './webhook.js';

interface Logger {
  warn(message: string): void;
}

type SessionData = Record<string, unknown>;

/**
 * paymux as a Medusa v2 payment provider. One instance per entry in the Payment Module's
 * `providers` (container key `pp_paymux_<id>`, webhook route `/hooks/payment/paymux_<id>`).
 *
 * - The payment session id is the paymux charge reference (Medusa passes it as
 *   `context.idempotency_key`), the refund id the refund reference, so a retried call
 *   reuses one idempotency key and never creates a second order.
 * - Amounts arrive in Medusa major units and are converted exactly to ISO minor units.
 * - A charge waiting for the payer is `pending_authorization`; a paid one is `captured`.
 */
export class PaymuxPaymentProviderService extends AbstractPaymentProvider<PaymuxMedusaOptions> {
  static override identifier = 'paymux';

  /**
   * Called (and awaited) by Medusa at boot with the provider's `options` from
   * `medusa-config.ts`; `options.paymux` may be a promise of the client.
   */
  static override async validateOptions(options: Record<string, unknown>): Promise<void> {
    try {
      resolveOptions(await settledClient(options));
    } catch (error) {
      if (error instanceof PaymuxOptionsError) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, error.message);
      }
      throw error;
    }
  }

  readonly #options: ResolvedOptions | Promise<ResolvedOptions>;
  readonly #logger: Logger;

  constructor(cradle: Record<string, unknown>, options: PaymuxMedusaOptions) {
    super(cradle, options);
    this.#logger = loggerFrom(cradle);
    if (isPromise(options?.paymux)) {
      const pending = settledClient(options).then(resolveOptions);
      // validateOptions already reported a failure at boot; every call rethrows it.
      pending.catch(() => undefined);
      this.#options = pending;
    } else {
      this.#options = resolveOptions(options);
    }
  }

  /** The paymux provider instance these payments go through, e.g. `otgpay-id`. */
  async paymuxProviderId(): Promise<string> {
    return (await this.#options).provider.id;
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    return this.#medusaErrors(async () => {
      const data = (input.data ?? {}) as SessionData;
      const reference = referenceOf(input.context?.idempotency_key, data.session_id);
      const money = toMoney(input.amount, input.currency_code);
      const options = await this.#options;
      const { paymux, country, notifyUrl, returnUrl } = options;
      const charge = await paymux.charges.create({
        reference,
        money,
        country,
        method: chosenMethod(data.method, options.method),
        customer: toParty(data.customer, input.context?.customer as MedusaCustomer | undefined),
        ...(notifyUrl ? { notifyUrl } : {}),
        ...(returnUrl ? { returnUrl } : {}),
      });
      this.#checkProvider(charge, options);
      return {
        id: reference,
        status: sessionStatus(charge.status) as PaymentSessionStatus,
        data: toSessionData(charge, reference, withoutInputs(data)),
      };
    });
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return this.#medusaErrors(async () => {
      const data = (input.data ?? {}) as SessionData;
      const reference = referenceOf(data.reference, data.session_id);
      const wanted = toMoney(input.amount, input.currency_code);
      const charge = await (await this.#options).paymux.charges.retrieve(reference);
      if (!equalMoney(charge.money, wanted)) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Payment session ${reference} was created for ${charge.money.currency} ${
            (data.amount as string | undefined) ?? ''
          } and a payment order's amount cannot change: delete the session and create a new one`,
        );
      }
      return {
        status: sessionStatus(charge.status) as PaymentSessionStatus,
        data: toSessionData(charge, reference, data),
      };
    });
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return this.#medusaErrors(async () => {
      const { charge, data } = await this.#current(input.data, input.context?.idempotency_key);
      return { status: sessionStatus(charge.status) as PaymentSessionStatus, data };
    });
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    return this.#medusaErrors(async () => {
      const { charge, data } = await this.#current(input.data);
      return { status: sessionStatus(charge.status) as PaymentSessionStatus, data };
    });
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return this.#medusaErrors(async () => ({ data: (await this.#current(input.data)).data }));
  }

  /** Money received is money captured: capture only confirms the charge is paid. */
  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return this.#medusaErrors(async () => {
      const { charge, data } = await this.#current(input.data);
      if (charge.status !== 'succeeded') {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Payment ${charge.reference} cannot be captured: the payer has not paid (status ${charge.status})`,
        );
      }
      return { data };
    });
  }

  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    return this.#medusaErrors(async () => {
      const data = (input.data ?? {}) as SessionData;
      const chargeReference = referenceOf(data.reference, data.session_id);
      const reference = input.context?.idempotency_key;
      if (!reference) {
        throw new ValidationError(
          'context.idempotency_key (the Medusa refund id) is required: it is the refund reference',
          { field: 'context.idempotency_key', rule: 'required' },
        );
      }
      const currency = typeof data.currency === 'string' ? data.currency : '';
      const { paymux } = await this.#options;
      await paymux.refunds.create({
        chargeReference,
        reference,
        money: toMoney(input.amount, currency),
      });
      const charge = await paymux.charges.retrieve(chargeReference);
      return { data: toSessionData(charge, chargeReference, data) };
    });
  }

  /**
   * paymux charges have no cancel operation: an unpaid order simply expires at the
   * provider. If the payer has already paid, the money is there and needs a refund.
   */
  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return this.#medusaErrors(async () => {
      const { charge, data } = await this.#current(input.data);
      if (charge.status === 'succeeded') {
        this.#logger.warn(
          `@paymux/medusa: payment ${charge.reference} was canceled in Medusa but is paid at ${charge.provider}; refund it to return the money`,
        );
      }
      return { data };
    });
  }

  /** Nothing to delete at the provider: an unpaid order expires there on its own. */
  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data ?? {} };
  }

  /**
   * Verifies and normalizes the callback with paymux (`rawData` + headers), then maps it:
   * paid → `captured` with `{ session_id, amount }`. A forged or malformed callback, or one
   * of another provider, is `not_supported` and changes nothing.
   */
  async getWebhookActionAndData(
    payload: ProviderWebhookPayload['payload'],
  ): Promise<WebhookActionResult> {
    const { paymux, provider } = await this.#options;
    const headers = (payload.headers ?? {}) as Record<string, string | string[] | undefined>;
    try {
      const constructed = await paymux.webhooks.constructEvent(provider.id, {
        rawBody: rawBodyOf(payload.rawData, payload.data),
        headers,
      });
      return toWebhookAction(constructed) as WebhookActionResult;
    } catch (error) {
      // A forged or malformed callback changes nothing. Anything else (the Store failing)
      // is thrown, so Medusa retries its handler instead of losing the payment.
      if (!isRejectedCallback(error)) throw error;
      this.#logger.warn(`@paymux/medusa: webhook for ${provider.id} rejected: ${error.message}`);
      return NOT_SUPPORTED as WebhookActionResult;
    }
  }

  async #current(
    input: Record<string, unknown> | undefined,
    fallbackReference?: string,
  ): Promise<{ charge: Charge; data: SessionData }> {
    const data = (input ?? {}) as SessionData;
    const reference = referenceOf(data.reference ?? fallbackReference, data.session_id);
    const options = await this.#options;
    const charge = await options.paymux.charges.retrieve(reference);
    this.#checkProvider(charge, options);
    return { charge, data: toSessionData(charge, reference, data) };
  }

  #checkProvider(charge: Charge, options: ResolvedOptions): void {
    if (charge.provider !== options.provider.id) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Payment ${charge.reference} is held by ${charge.provider}, not ${options.provider.id}`,
      );
    }
  }

  async #medusaErrors<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw toMedusaError(error);
    }
  }
}

function isPromise(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

/** The options with `paymux` settled when it was given as a promise. */
async function settledClient(options: unknown): Promise<unknown> {
  if (typeof options !== 'object' || options === null) return options;
  const { paymux } = options as { paymux?: unknown };
  return isPromise(paymux) ? { ...options, paymux: await paymux } : options;
}

/** The callback itself is bad: signature, appId or body. */
function isRejectedCallback(error: unknown): error is PaymuxError {
  return (
    PaymuxError.isInstance(error) &&
    (error.code === 'signature_invalid' ||
      error.code === 'validation' ||
      error.code === 'authentication')
  );
}

function referenceOf(...candidates: unknown[]): string {
  for (const candidate of candidates) {
    if (typeof candidate === 'string' && candidate !== '') return candidate;
  }
  throw new ValidationError(
    'The payment session id is missing: Medusa passes it as context.idempotency_key and data.session_id',
    { field: 'data.session_id', rule: 'required' },
  );
}

/** The storefront's inputs (customer contact, chosen method) are not kept in the session. */
function withoutInputs(data: SessionData): SessionData {
  const { customer: _customer, method: _method, ...rest } = data;
  return rest;
}

function loggerFrom(cradle: Record<string, unknown>): Logger {
  try {
    const logger = cradle.logger as Logger | undefined;
    if (logger && typeof logger.warn === 'function') return logger;
  } catch {
    // Not registered in this container: fall back to the console.
  }
  return { warn: (message) => console.warn(message) };
}
