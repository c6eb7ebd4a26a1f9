import type { Charge, NextAction, PaymentMethod, Refund } from '@paymux/core';
import { toMajorUnits } from './amount.js';

/** What the storefront shows the payer, JSON-safe (the session `data` is stored as JSON). */
export type SessionNextAction =
  | {
      /** Show a QR code (QRIS in Indonesia, PromptPay in Thailand). */
      readonly type: 'qr';
      /** The EMVCo QR string to render as a QR code. */
      readonly qr_payload: string;
      /** The provider's hosted payment page, when it has one. */
      readonly url?: string;
    }
  | {
      /** Show a bank virtual account to transfer to (Indonesia). */
      readonly type: 'virtual_account';
      /** The bank of the virtual account as the provider returns it (OTGPAY `bankCode`, e.g. `014` for BCA). */
      readonly bank: string;
      /** The virtual account number the payer transfers the exact amount to. */
      readonly account_number: string;
      /** The provider's hosted payment page, when it has one. */
      readonly url?: string;
    }
  | {
      /** Send the payer to the provider (e-wallets, mobile banking, Raast). */
      readonly type: 'redirect';
      /** Where to send the payer. */
      readonly url: string;
    };

/** One refund of the session's charge, as kept in {@link PaymuxSessionData.refunds}. */
export interface SessionRefund {
  /** The paymux refund reference: the Medusa refund id. */
  readonly reference: string;
  /** Medusa major units. */
  readonly amount: string;
  /** paymux refund status: `pending`, `succeeded` or `failed`. */
  readonly status: Refund['status'];
}

/**
 * The payment session's `data` as @paymux/medusa writes it. Amounts are Medusa major-unit
 * decimal strings; no bigint, no float.
 */
export interface PaymuxSessionData {
  /** The paymux reference of the charge: the Medusa payment session id. */
  readonly reference: string;
  /** The Medusa payment session id (equal to `reference`). */
  readonly session_id: string;
  /** The paymux provider instance that holds the charge, e.g. `otgpay-id`. */
  readonly provider: string;
  /** The provider's own order number (OTGPAY `orderNo`), for support and reconciliation. */
  readonly provider_reference: string;
  /** paymux charge status. */
  readonly status: Charge['status'];
  /** The charge amount in Medusa major units, exact (`"150000"` IDR, `"1234.56"` THB). */
  readonly amount: string;
  /** ISO 4217, upper case, as paymux uses it. */
  readonly currency: string;
  /** The method of the charge, e.g. `{ type: 'virtual_account', channel: '014' }`. */
  readonly method?: PaymentMethod;
  /** What the storefront shows the payer; kept from creation when a status query has none. */
  readonly next_action?: SessionNextAction;
  /** When the payment was received, ISO 8601 in UTC; absent until paid. */
  readonly paid_at?: string;
  /** Total refunded so far, Medusa major units (`"0"` before any refund). */
  readonly refunded?: string;
  /** Every refund of the charge, in order. */
  readonly refunds?: readonly SessionRefund[];
  /** Whatever else the storefront put in the session `data` (`method`, `customer`) is kept. */
  readonly [key: string]: unknown;
}

/**
 * A paymux `NextAction` in the JSON-safe, snake_case form of the session data, or
 * `undefined` when the charge has none (it is paid, failed, or a status query).
 */
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
