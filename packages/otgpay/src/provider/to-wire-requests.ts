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

/**
 * Core inputs to OTGPAY request bodies. Everything is checked here, before any network
 * call: a bad field is a `ValidationError` naming the neutral input path.
 */

function checkOptionalUrl(value: string | undefined, field: string): void {
  if (value === undefined) return;
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
  defaultNotifyUrl: string | undefined,
): PaymentCreateRequest {
  checkReference(input.reference, 'reference');
  if (input.country !== adapter.country) {
    throw new ValidationError(`this provider serves ${adapter.country}, not ${input.country}`, {
      field: 'country',
      rule: 'enum',
    });
  }
  const fields = adapter.toChargeFields(input);
  const amount = wireAmount(input.money, adapter);
  const notifyUrl = input.notifyUrl ?? defaultNotifyUrl;
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
  if (input.reason !== undefined && input.reason.length > 256) {
    throw new ValidationError('reason must be at most 256 characters', {
      field: 'reason',
      rule: 'maxLength',
    });
  }
  return {
    refundId: input.reference,
    amount,
    ...(input.reason === undefined || input.reason === '' ? {} : { reason: input.reason }),
  };
}

export function payoutRequest(
  input: Normalized<CreatePayoutInput>,
  adapter: CountryAdapter,
  defaultNotifyUrl: string | undefined,
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
  const notifyUrl = input.notifyUrl ?? defaultNotifyUrl;
  checkOptionalUrl(notifyUrl, 'notifyUrl');
  return {
    orderId: input.reference,
    amount,
    ...fields,
    ...(notifyUrl === undefined ? {} : { notifyUrl }),
  };
}
