import {
  type CreateChargeInput,
  type CreatePayoutInput,
  type CreateRefundInput,
  type Normalized,
  toDecimalString,
  ValidationError,
} from '@paymux/core';
import type {
  PaymentCreateRequest,
  PayoutSubmitRequest,
  RefundRequest,
} from '../client/wire-types.js';
import type { CountryAdapter } from '../country-adapter.js';
import { checkReference } from './check-reference.js';
import { resolveNotifyUrl } from './notify-url.js';

/**
 * Core inputs to OTGPAY request bodies. Everything is checked here, before any network
 * call: a bad field is a `ValidationError` naming the neutral input path.
 */

/** Field lengths the gateway accepts (the sandbox enforces the same). */
export const OTGPAY_MAX_LENGTH = { url: 512, subject: 128, reason: 256 } as const;

function checkMaxLength(value: string | undefined, max: number, field: string): void {
  if (value !== undefined && value.length > max) {
    throw new ValidationError(`${field} must be at most ${max} characters`, {
      field,
      rule: 'maxLength',
    });
  }
}

function checkOptionalUrl(value: string | undefined, field: string): void {
  if (value === undefined) return;
  checkMaxLength(value, OTGPAY_MAX_LENGTH.url, field);
  let ok = false;
  try {
    const url = new URL(value);
    ok = url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    ok = false;
  }
  if (!ok) throw new ValidationError(`${field} must be an http(s) URL`, { field, rule: 'url' });
}

function wireAmount(money: Normalized<CreateRefundInput>['money'], adapter: CountryAdapter) {
  if (money.currency !== adapter.currency) {
    throw new ValidationError(
      `${adapter.country} takes ${adapter.currency}, not ${money.currency}`,
      {
        field: 'money.currency',
        rule: 'currency',
      },
    );
  }
  if (money.amount <= 0n) {
    throw new ValidationError('money.amount must be positive', {
      field: 'money.amount',
      rule: 'minimum',
    });
  }
  return toDecimalString(money, adapter.wireExponent);
}

export function paymentRequest(
  input: Normalized<CreateChargeInput>,
  adapter: CountryAdapter,
  defaultNotifyUrl: string | false | undefined,
): PaymentCreateRequest {
  checkReference(input.reference, 'reference');
  if (input.country !== adapter.country) {
    throw new ValidationError(`this provider serves ${adapter.country}, not ${input.country}`, {
      field: 'country',
      rule: 'enum',
    });
  }
  checkMaxLength(input.description, OTGPAY_MAX_LENGTH.subject, 'description');
  const fields = adapter.toChargeFields(input);
  const amount = wireAmount(input.money, adapter);
  const notifyUrl = resolveNotifyUrl(input.notifyUrl, defaultNotifyUrl);
  checkOptionalUrl(notifyUrl, 'notifyUrl');
  checkOptionalUrl(input.returnUrl, 'returnUrl');
  return {
    orderId: input.reference,
    amount,
    currency: adapter.currency,
    ...fields,
    ...(notifyUrl === undefined ? {} : { notifyUrl }),
    ...(input.returnUrl === undefined ? {} : { callBackUrl: input.returnUrl }),
  };
}

export function refundRequest(
  input: Normalized<CreateRefundInput>,
  adapter: CountryAdapter,
): RefundRequest {
  checkReference(input.chargeReference, 'chargeReference');
  checkReference(input.reference, 'reference');
  const amount = wireAmount(input.money, adapter);
  checkMaxLength(input.reason, OTGPAY_MAX_LENGTH.reason, 'reason');
  return {
    refundId: input.reference,
    amount,
    ...(input.reason === undefined || input.reason === '' ? {} : { reason: input.reason }),
  };
}

export function payoutRequest(
  input: Normalized<CreatePayoutInput>,
  adapter: CountryAdapter,
  defaultNotifyUrl: string | false | undefined,
): PayoutSubmitRequest {
  checkReference(input.reference, 'reference');
  if (input.country !== adapter.country) {
    throw new ValidationError(`this provider serves ${adapter.country}, not ${input.country}`, {
      field: 'country',
      rule: 'enum',
    });
  }
  const fields = adapter.toPayoutFields(input);
  const amount = wireAmount(input.money, adapter);
  const notifyUrl = resolveNotifyUrl(input.notifyUrl, defaultNotifyUrl);
  checkOptionalUrl(notifyUrl, 'notifyUrl');
  return {
    orderId: input.reference,
    amount,
    ...fields,
    ...(notifyUrl === undefined ? {} : { notifyUrl }),
  };
}
