import {
  ConfigurationError,
  ProviderError,
  type ProviderObserver,
  SignatureInvalidError,
  UnknownOutcomeError,
} from '@paymux/core';
import type { KeyObjectLike } from '@paymux/otgpay-signing';
import { OtgpaySigner, OtgpayVerifier, WebCryptoSigner } from '@paymux/otgpay-signing';
import { OTGPAY_SDK_VERSION } from '../version.js';
import { parseEnvelope } from './envelope.js';
import { mapOtgpayError } from './error-mapping.js';
import type { WireOperation } from './operation.js';
import { redact, redactText } from './redact.js';
import {
  describeSchemaErrors,
  validateBalanceData,
  validatePaymentCreateData,
  validatePaymentData,
  validatePayoutBatchData,
  validatePayoutData,
  validatePayoutSubmitData,
  validateRefundData,
  validateSettlementPageData,
  validateStatementPageData,
  type WireValidator,
} from './schemas.js';
import { fetchTransport, type OtgpayFetch } from './transport/fetch-transport.js';
import { nodeHttpTransport } from './transport/node-http-transport.js';
import type { Transport } from './transport/transport.js';
import { classifyBadResponse, classifyTransportFailure } from './transport-failure.js';
import type {
  BalanceData,
  PageRequest,
  PaymentCreateData,
  PaymentCreateRequest,
  PaymentData,
  PayoutBatchData,
  PayoutBatchRequest,
  PayoutData,
  PayoutSubmitData,
  PayoutSubmitRequest,
  RefundData,
  RefundRequest,
  SettlementPageData,
  StatementPageData,
} from './wire-types.js';

export type { OtgpayFetch };

/**
 * Options of {@link OtgpayClient}: one merchant account (appId, API key, keys) at one base
 * URL. `otgpay({...})` builds the client from its own options; construct one yourself only
 * to call endpoints directly.
 */
export interface OtgpayClientOptions {
  /** The merchant's integer appId (a positive safe integer), sent and signed with every request. */
  readonly appId: number;
  /** The API ("secret") key appended as `&key=` to every canonical string. */
  readonly apiKey: string;
  /** Merchant private key: base64 DER PKCS#8/PKCS#1, PEM, or a KeyObject. */
  readonly merchantPrivateKey: string | KeyObjectLike;
  /** Platform public key that signs responses and callbacks. */
  readonly platformPublicKey: string | KeyObjectLike;
  /**
   * The base URL handed out with the credentials, without `/api` (paths such as
   * `/api/payment/create` are appended); trailing slashes are ignored.
   */
  readonly baseUrl: string;
  /** Per attempt, headers and body included. Default 15000. */
  readonly timeoutMs?: number;
  /**
   * Send every request through this `fetch` (it receives a `Request`) instead of the client's
   * own transport: `node:http` with a keep-alive agent on Node, the global `fetch` elsewhere.
   * For tests, proxies or an undici dispatcher (`fetch: globalThis.fetch` on Node).
   */
  readonly fetch?: OtgpayFetch;
  /** Append `&key=<apiKey>` when signing and verifying (default true). */
  readonly appendSecretKey?: boolean;
  /** Default `paymux-otgpay/<version>`. */
  readonly userAgent?: string;
  /** Provider instance id put on every error. Default `otgpay`. */
  readonly providerId?: string;
}

/** Per-call context: where to report wire events and how to cancel. */
export interface OtgpayCallOptions {
  /**
   * Receives the request (signed body, redacted) and the response of the call; its errors are
   * ignored.
   */
  readonly observer?: ProviderObserver;
  /** Cancels the call; a write cancelled after it was sent has an unknown outcome. */
  readonly signal?: AbortSignal;
  /**
   * The core's idempotency key of the operation, reported to the observer (OTGPAY dedupes on
   * `orderId`).
   */
  readonly idempotencyKey?: string;
}

interface CallSpec<T> {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  /** The `{id}` of the path, signed as `orderId`. */
  readonly pathId?: string;
  readonly params: Record<string, unknown>;
  readonly validate: WireValidator<T>;
  readonly op: Omit<WireOperation, 'provider'>;
}

const DEFAULT_TIMEOUT_MS = 15_000;

function quiet(run: () => void): void {
  try {
    run();
  } catch {
    // an observer must never break a payment call
  }
}

/** The base URL without trailing slashes, or the error `new URL` gave (reported per call). */
function parseBaseUrl(baseUrl: string): URL | Error {
  try {
    return new URL(baseUrl);
  } catch {
    // The message of a URL error repeats the input; the code is what classification reads.
    return Object.assign(new TypeError('baseUrl is not a URL'), { code: 'ERR_INVALID_URL' });
  }
}

/**
 * The signed OTGPAY HTTP client: one typed method per endpoint of protocol §4, one
 * attempt per call (never a retry), every failure classified as a typed paymux error.
 * Keys are parsed once, here. The transport (`node:http` on Node, `fetch` elsewhere or when
 * injected) is chosen once, here too.
 */
export class OtgpayClient {
  readonly #signer: WebCryptoSigner | OtgpaySigner;
  readonly #verifier: OtgpayVerifier;
  readonly #transport: Transport;
  readonly #baseUrl: string;
  readonly #appId: number;
  readonly #timeoutMs: number;
  readonly #provider: string;

  constructor(options: OtgpayClientOptions) {
    if (!Number.isSafeInteger(options.appId) || options.appId <= 0) {
      throw new TypeError('OtgpayClient: appId must be a positive integer');
    }
    // On Node both the request signature and the answer's verification are synchronous
    // node:crypto on KeyObjects parsed once (OtgpayVerifier reaches node:crypto through
    // process.getBuiltinModule and says which backend it got); elsewhere (Deno, Bun, workerd)
    // WebCrypto. Measured in this client (BENCHMARKS.md, rows 1–3): on Node the synchronous
    // sign costs less CPU and less latency than WebCrypto's hop to the thread pool, at
    // concurrency 1 and 16.
    const keys = {
      verifyKey: options.platformPublicKey,
      apiKey: options.apiKey,
      appendSecretKey: options.appendSecretKey ?? true,
    };
    this.#verifier = new OtgpayVerifier(keys);
    this.#signer =
      this.#verifier.backend === 'node:crypto'
        ? new OtgpaySigner({ ...keys, privateKey: options.merchantPrivateKey })
        : new WebCryptoSigner({ ...keys, privateKey: options.merchantPrivateKey });
    this.#appId = options.appId;
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#provider = options.providerId ?? 'otgpay';
    this.#baseUrl = options.baseUrl.replace(/\/+$/, '');
    const headers = {
      accept: 'application/json',
      'user-agent': options.userAgent ?? `paymux-otgpay/${OTGPAY_SDK_VERSION}`,
    };
    const base = parseBaseUrl(this.#baseUrl);
    this.#transport =
      base instanceof Error
        ? () => Promise.reject(base)
        : ((options.fetch ? undefined : nodeHttpTransport(base, headers)) ??
          fetchTransport(headers, options.fetch));
  }

  /** The merchant appId this client signs for. */
  get appId(): number {
    return this.#appId;
  }

  /** Verifies `sign` over the other fields with the platform public key (callbacks). */
  verifyPlatformSignature(params: Record<string, unknown>): Promise<boolean> {
    return this.#verifier.verify(params);
  }

  /**
   * `POST /api/payment/create`: creates a payment order. Resolves with the verified, schema-checked
   * `data`; a refusal rejects with a typed paymux error, an ambiguous failure with
   * `UnknownOutcomeError` (query with {@link OtgpayClient.getPayment} before resending).
   */
  createPayment(body: PaymentCreateRequest, call?: OtgpayCallOptions): Promise<PaymentCreateData> {
    return this.#call(
      {
        method: 'POST',
        path: '/api/payment/create',
        params: { ...body },
        validate: validatePaymentCreateData,
        op: { kind: 'write', subject: 'charge', reference: body.orderId },
      },
      call,
    );
  }

  /**
   * `GET /api/payment/{orderId}`: the payment's current state. `4013` (no such order) rejects
   * with `NotFoundError`.
   */
  getPayment(orderId: string, call?: OtgpayCallOptions): Promise<PaymentData> {
    return this.#call(
      {
        method: 'GET',
        path: `/api/payment/${encodeURIComponent(orderId)}`,
        pathId: orderId,
        params: {},
        validate: validatePaymentData,
        op: { kind: 'read', subject: 'charge', reference: orderId },
      },
      call,
    );
  }

  /**
   * `POST /api/payment/{orderId}/refund`: refunds part or all of a paid payment. An ambiguous
   * failure is `UnknownOutcomeError`: query the payment (its `refunds`) before resending.
   */
  refundPayment(
    orderId: string,
    body: RefundRequest,
    call?: OtgpayCallOptions,
  ): Promise<RefundData> {
    return this.#call(
      {
        method: 'POST',
        path: `/api/payment/${encodeURIComponent(orderId)}/refund`,
        pathId: orderId,
        params: { ...body },
        validate: validateRefundData,
        op: { kind: 'write', subject: 'refund', reference: body.refundId },
      },
      call,
    );
  }

  /**
   * `POST /api/payout/submit`: sends money to one account. An ambiguous failure is
   * `UnknownOutcomeError`: query with {@link OtgpayClient.getPayout} before resending.
   */
  submitPayout(body: PayoutSubmitRequest, call?: OtgpayCallOptions): Promise<PayoutSubmitData> {
    return this.#call(
      {
        method: 'POST',
        path: '/api/payout/submit',
        params: { ...body },
        validate: validatePayoutSubmitData,
        op: { kind: 'write', subject: 'payout', reference: body.orderId },
      },
      call,
    );
  }

  /** `GET /api/payout/{orderId}`: the payout's current state. */
  getPayout(orderId: string, call?: OtgpayCallOptions): Promise<PayoutData> {
    return this.#call(
      {
        method: 'GET',
        path: `/api/payout/${encodeURIComponent(orderId)}`,
        pathId: orderId,
        params: {},
        validate: validatePayoutData,
        op: { kind: 'read', subject: 'payout', reference: orderId },
      },
      call,
    );
  }

  /**
   * `POST /api/payout/batch`: up to 500 payouts in one request, each accepted or refused on
   * its own (`results` in item order).
   */
  submitPayoutBatch(body: PayoutBatchRequest, call?: OtgpayCallOptions): Promise<PayoutBatchData> {
    return this.#call(
      {
        method: 'POST',
        path: '/api/payout/batch',
        params: { ...body },
        validate: validatePayoutBatchData,
        op: { kind: 'write', subject: 'payout', reference: body.batchId },
      },
      call,
    );
  }

  /** `GET /api/settlement/records`: one page of settlement records for a date range. */
  listSettlementRecords(query: PageRequest, call?: OtgpayCallOptions): Promise<SettlementPageData> {
    return this.#call(
      {
        method: 'GET',
        path: '/api/settlement/records',
        params: { ...query },
        validate: validateSettlementPageData,
        op: { kind: 'read', subject: 'account' },
      },
      call,
    );
  }

  /** `GET /api/statement`: one page of ledger entries for a date range. */
  getStatement(query: PageRequest, call?: OtgpayCallOptions): Promise<StatementPageData> {
    return this.#call(
      {
        method: 'GET',
        path: '/api/statement',
        params: { ...query },
        validate: validateStatementPageData,
        op: { kind: 'read', subject: 'account' },
      },
      call,
    );
  }

  /** `GET /api/balance`: available, pending and frozen amounts in the appId's currency. */
  getBalance(call?: OtgpayCallOptions): Promise<BalanceData> {
    return this.#call(
      {
        method: 'GET',
        path: '/api/balance',
        params: {},
        validate: validateBalanceData,
        op: { kind: 'read', subject: 'account' },
      },
      call,
    );
  }

  async #call<T>(spec: CallSpec<T>, call: OtgpayCallOptions = {}): Promise<T> {
    const op: WireOperation = { ...spec.op, provider: this.#provider };
    const params: Record<string, unknown> = {
      appId: this.#appId,
      ...(spec.pathId === undefined ? {} : { orderId: spec.pathId }),
      ...spec.params,
    };
    const signed = await this.#signer.signed(params);
    const event = {
      method: spec.method,
      path: spec.path,
      ...(call.idempotencyKey === undefined ? {} : { idempotencyKey: call.idempotencyKey }),
    };
    const observer = call.observer;
    // Bodies go to the observer already redacted, and only when it keeps them (`bodies`):
    // redacting a 500-item batch body costs more than signing it.
    const bodies = observer?.bodies !== false;
    if (observer) {
      quiet(() => observer.request({ ...event, ...(bodies ? { body: redact(signed) } : {}) }));
    }
    const started = performance.now();
    let status: number | undefined;
    let providerCode: string | undefined;
    let text: string | undefined;
    try {
      try {
        const response = await this.#transport({
          method: spec.method,
          url:
            spec.method === 'GET'
              ? withQuery(`${this.#baseUrl}${spec.path}`, signed)
              : `${this.#baseUrl}${spec.path}`,
          ...(spec.method === 'GET' ? {} : { body: JSON.stringify(signed) }),
          ...(call.signal ? { signal: call.signal } : {}),
          timeoutMs: this.#timeoutMs,
        });
        status = response.status;
        text = response.text;
      } catch (error) {
        const failure = classifyTransportFailure(
          error,
          op,
          Math.round(performance.now() - started),
        );
        providerCode = failure.providerCode;
        throw failure;
      }
      if (status === 404) {
        providerCode = 'http_404';
        // Every OTGPAY endpoint answers 200 with an envelope: a 404 on an API path proves the
        // request never reached one, so this is the base URL, not a payment outcome.
        throw new ConfigurationError(
          `OTGPAY base URL answered HTTP 404 for ${spec.path}: the request never reached an OTGPAY endpoint, nothing happened. ` +
            "baseUrl must be the root that '/api/...' is appended to (no '/api' suffix)",
          {
            provider: op.provider,
            providerCode,
            field: 'baseUrl',
            outcomeUnknown: false,
            raw: { httpStatus: status, body: redactText(text) },
            ...(op.reference === undefined ? {} : { reference: op.reference }),
          },
        );
      }
      if (status !== 200) {
        providerCode = `http_${status}`;
        throw classifyBadResponse(`HTTP ${status}`, op, providerCode, {
          httpStatus: status,
          body: redactText(text),
        });
      }
      const envelope = parseEnvelope(text);
      if (!envelope) {
        providerCode = 'bad_envelope';
        throw classifyBadResponse('not an OTGPAY envelope', op, providerCode, {
          httpStatus: status,
          body: redactText(text),
        });
      }
      providerCode = envelope.code;
      if (!envelope.ok) {
        throw mapOtgpayError(envelope.code, envelope.msg, op, redact(envelope.body));
      }
      return await this.#accept(envelope.data, spec.validate, op, envelope.code);
    } finally {
      const durationMs = Math.round(performance.now() - started);
      if (observer) {
        quiet(() =>
          observer.response({
            ...event,
            durationMs,
            ...(status === undefined ? {} : { status }),
            ...(providerCode === undefined ? {} : { providerCode }),
            ...(text === undefined || !bodies ? {} : { body: redactText(text, 100_000) }),
          }),
        );
      }
    }
  }

  async #accept<T>(
    data: Record<string, unknown>,
    validate: WireValidator<T>,
    op: WireOperation,
    code: string,
  ): Promise<T> {
    // The redacted copy of `data` is made only for an error (a whole batch answer otherwise).
    const base = () => ({
      provider: op.provider,
      providerCode: code,
      raw: redact(data),
      ...(op.reference === undefined ? {} : { reference: op.reference }),
    });
    if (!(await this.#verifier.verify(data))) {
      const invalid = new SignatureInvalidError(
        typeof data['sign'] === 'string'
          ? 'OTGPAY response signature does not verify with the platform public key'
          : 'OTGPAY response carries no data.sign',
        base(),
      );
      if (op.kind === 'read') throw invalid;
      // The write may have landed: unknown, resolved by a query. When every answer fails like
      // this, the usual cause is configuration, so the message says which option to check.
      throw new UnknownOutcomeError(
        `${invalid.message}, so the outcome of this write is unknown: query by reference before resending. ` +
          'If every OTGPAY answer fails verification, platformPublicKey is probably not the ' +
          "platform public key OTGPAY issued for this merchant account and environment (it is OTGPAY's key, not yours)",
        { ...base(), cause: invalid },
      );
    }
    if (!validate(data)) {
      const detail = describeSchemaErrors(validate);
      const message = `OTGPAY response data does not match the protocol: ${detail}`;
      return failSchema(message, op, base());
    }
    return data;
  }
}

function failSchema(
  message: string,
  op: WireOperation,
  base: ConstructorParameters<typeof ProviderError>[1],
): never {
  // A signed success of a write did take effect; the core resolves it by querying.
  throw op.kind === 'write'
    ? new UnknownOutcomeError(`${message}; query before resending`, base)
    : new ProviderError(message, base);
}

/** `url?k=v&…` with every defined parameter (GET requests are signed in the query string). */
function withQuery(url: string, params: Record<string, unknown>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    query.append(key, typeof value === 'string' ? value : String(value));
  }
  const text = query.toString();
  return text === '' ? url : `${url}?${text}`;
}
