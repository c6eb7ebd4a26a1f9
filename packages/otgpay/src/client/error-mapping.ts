import {
  AuthenticationError,
  InvalidStateError,
  NotFoundError,
  type PaymuxError,
  ProviderError,
  RateLimitedError,
  UnknownOutcomeError,
  ValidationError,
} from '@paymux/core';
import { neutralField } from './field-names.js';
import type { WireOperation } from './operation.js';

/** OTGPAY result codes (protocol §3). */
export const OTGPAY_CODES = {
  /** `1001 param is null`: a required field is missing or empty; nothing was done. */
  paramNull: '1001',
  /**
   * `1002 Illegal Param: <field>`: a malformed field, a bad signature, a duplicate id, or an
   * amount above what can be refunded; nothing was done.
   */
  illegalParam: '1002',
  /** `1003 system exception`: a fault inside the gateway; a write may or may not have happened. */
  systemException: '1003',
  /** `1004 system is busy`: turned away before any processing; retry after a backoff. */
  systemBusy: '1004',
  /** `4013 order not exit` (sic): no order with this id for this appId. */
  orderNotExist: '4013',
  /** `4014 order is already end status`: the order is final and cannot take this operation. */
  orderFinal: '4014',
} as const;

/** The text after the seed message, e.g. `amount` in `Illegal Param: amount`. */
function detailOf(msg: string): string {
  const colon = msg.indexOf(':');
  return colon < 0 ? '' : msg.slice(colon + 1).trim();
}

/** What commonly causes `Illegal Param: sign`, for the message. */
export const SIGN_REFUSED_HINT =
  'OTGPAY could not verify the request signature: the API key, the merchant private key ' +
  '(whose public half is uploaded to OTGPAY) and the appId must belong to the same merchant ' +
  'account and environment (UAT or production) and the currency of this country';

/**
 * Maps a `status: "0"` envelope to a typed error (protocol §3, §9). On a write only an
 * allow-list of refusals says nothing happened; everything else is unknown.
 *
 * - 1001 → `ValidationError` (rule `required`) naming the neutral field;
 * - 1002 naming a field → `ValidationError` (rule `invalid`) naming the neutral field, except
 *   `sign`/`appId` → `AuthenticationError` (with what commonly causes it),
 *   `<id> duplicate` → field `reference` rule `duplicate` (the core queries and adopts),
 *   `amount` on a refund → field `money.amount` rule `refundable`, `order not paid` and
 *   `insufficient balance` → `InvalidStateError`;
 * - 1002 naming nothing, on a write → `UnknownOutcomeError` (not on the allow-list);
 * - 1003 → `UnknownOutcomeError` on a write (query before resending), retryable
 *   `ProviderError` on a read;
 * - 1004 → retryable `RateLimitedError`; 4013 → `NotFoundError`;
 * - 4014 → `InvalidStateError` for a refund or a read; on a charge or payout create it says
 *   an order with this id exists → `UnknownOutcomeError` (query, never fail over);
 * - any other code → `UnknownOutcomeError` on a write, `ProviderError` on a read.
 *
 * The envelope is not signed: the core confirms a write refusal with a signed query before
 * it reports it or fails over (see `isUnconfirmedRefusal` in `@paymux/core`).
 */
export function mapOtgpayError(
  code: string,
  msg: string,
  op: WireOperation,
  raw: unknown,
): PaymuxError {
  const base = {
    provider: op.provider,
    providerCode: code,
    raw,
    ...(op.reference === undefined ? {} : { reference: op.reference }),
  };
  const detail = detailOf(msg);
  const text = `OTGPAY ${code}: ${msg}`;
  switch (code) {
    case OTGPAY_CODES.paramNull: {
      const field = detail === '' ? undefined : neutralField(detail, op.subject);
      return new ValidationError(`${text} (${field ?? 'a field'} is required)`, {
        ...base,
        ...(field === undefined ? {} : { field }),
        rule: 'required',
      });
    }
    case OTGPAY_CODES.illegalParam:
      if (detail === '' && op.kind === 'write') return unknown(text, base);
      return mapIllegalParam(detail, text, op, base);
    case OTGPAY_CODES.systemException:
      return op.kind === 'write'
        ? new UnknownOutcomeError(`${text}; the outcome is unknown, query before resending`, base)
        : new ProviderError(text, { ...base, retryable: true });
    case OTGPAY_CODES.systemBusy:
      return new RateLimitedError(text, base);
    case OTGPAY_CODES.orderNotExist:
      return new NotFoundError(text, base);
    case OTGPAY_CODES.orderFinal:
      return op.kind === 'write' && op.subject !== 'refund'
        ? unknown(`${text} (an order with this id exists)`, base)
        : new InvalidStateError(text, base);
    default:
      return op.kind === 'write'
        ? unknown(`${text} (not a code OTGPAY documents)`, base)
        : new ProviderError(text, base);
  }
}

function unknown(text: string, base: ConstructorParameters<typeof ProviderError>[1]): PaymuxError {
  return new UnknownOutcomeError(
    `${text}; the answer does not prove the write was refused, so its outcome is unknown: query by reference before resending`,
    base,
  );
}

function mapIllegalParam(
  detail: string,
  text: string,
  op: WireOperation,
  base: ConstructorParameters<typeof ProviderError>[1],
): PaymuxError {
  if (detail === 'sign') return new AuthenticationError(`${text}. ${SIGN_REFUSED_HINT}`, base);
  if (detail === 'appId') {
    // `field` names the refused option, so callers need not read the message.
    return new AuthenticationError(`${text}. ${SIGN_REFUSED_HINT}`, { ...base, field: 'appId' });
  }
  if (/^(orderId|refundId|batchId) duplicate$/.test(detail)) {
    return new ValidationError(`${text} (reference already used)`, {
      ...base,
      field: 'reference',
      rule: 'duplicate',
    });
  }
  if (detail === 'order not paid' || detail === 'insufficient balance') {
    return new InvalidStateError(text, base);
  }
  if (detail === 'amount' && op.subject === 'refund') {
    return new ValidationError(`${text} (more than the refundable rest)`, {
      ...base,
      field: 'money.amount',
      rule: 'refundable',
    });
  }
  const field = detail === '' ? undefined : neutralField(detail, op.subject);
  return new ValidationError(`${text} (${field ?? 'a field'} refused by OTGPAY)`, {
    ...base,
    ...(field === undefined ? {} : { field }),
    rule: 'invalid',
  });
}
