import type { Charge, NextAction, PaymentMethod, Refund } from '@paymux/core';
import { toMajorUnits } from './amount.js';

/** What the storefront shows the payer, JSON-safe (the session `data` is stored as JSON). */
export type SessionNextAction =
  | { readonly type: 'qr'; readonly qr_payload: string; readonly url?: string }
  | {
      readonly type: 'virtual_account';
      readonly bank: string;
      readonly account_number: string;
      readonly url?: string;
    }
  | { readonly type: 'redirect'; readonly url: string };

export interface SessionRefund {
  readonly reference: string;
  /** Medusa major units. */
  readonly amount: string;
  readonly status: Refund['status'];
}

/**
 * The payment session's `data` as @paymux/medusa writes it. Amounts are Medusa major-unit
 * decimal strings; no bigint, no float.
 */
export interface PaymuxSessionData {
  /** The paymux reference of the charge: the Medusa payment session id. */
  readonly reference: string;
  readonly session_id: string;
  /** The paymux provider instance that holds the charge, e.g. `otgpay-id`. */
  readonly provider: string;
  readonly provider_reference: string;
  /** paymux charge status. */
  readonly status: Charge['status'];
  readonly amount: string;
  /** ISO 4217, upper case, as paymux uses it. */
  readonly currency: string;
  readonly method?: PaymentMethod;
  readonly next_action?: SessionNextAction;
  readonly paid_at?: string;
  readonly refunded?: string;
  readonly refunds?: readonly SessionRefund[];
  readonly [key: string]: unknown;
}

export function toSessionNextAction(action: NextAction | undefined): SessionNextAction | undefined {
  if (!action) return undefined;
  const url = 'url' in action && action.url ? { url: action.url } : {};
  switch (action.type) {
    case 'qr':
      return { type: 'qr', qr_payload: action.payload, ...url };
    case 'virtual_account':
      return {
        type: 'virtual_account',
        bank: action.bank,
        account_number: action.accountNumber,
        ...url,
      };
    case 'redirect':
      return { type: 'redirect', url: action.url };
  }
}

/**
 * The session data for `charge`. A status query does not repeat the QR payload or the
 * virtual account, so the next action of `previous` is kept when the charge has none.
 */
export function toSessionData(
  charge: Charge,
  sessionId: string,
  previous: Record<string, unknown> = {},
): PaymuxSessionData {
  const nextAction = toSessionNextAction(charge.nextAction) ?? previous.next_action;
  const method = charge.method ?? previous.method;
  return {
    ...previous,
    reference: charge.reference,
    session_id: sessionId,
    provider: charge.provider,
    provider_reference: charge.providerReference,
    status: charge.status,
    amount: toMajorUnits(charge.money),
    currency: charge.money.currency,
    ...(method ? { method: method as PaymentMethod } : {}),
    ...(nextAction ? { next_action: nextAction as SessionNextAction } : {}),
    ...(charge.paidAt ? { paid_at: charge.paidAt.toISOString() } : {}),
    refunded: toMajorUnits(charge.refunded),
    refunds: charge.refunds.map((refund) => ({
      reference: refund.reference,
      amount: toMajorUnits(refund.money),
      status: refund.status,
    })),
  };
}
