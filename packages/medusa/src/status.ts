import type { ChargeStatus } from '@paymux/core';

/** Medusa `PaymentSessionStatus` values (`@medusajs/framework/utils`), as plain strings. */
export type MedusaSessionStatus =
  | 'authorized'
  | 'captured'
  | 'pending'
  | 'requires_more'
  | 'error'
  | 'canceled'
  | 'pending_authorization';

/**
 * A paymux charge status as a Medusa payment-session status. paymux charges are
 * one-step: money received is money captured, so a paid charge is `captured`. A
 * charge waiting for the payer (QR, virtual account, e-wallet) is
 * `pending_authorization`: Medusa still turns the cart into an order and the webhook
 * (or a status poll) completes it.
 */
export function sessionStatus(status: ChargeStatus): MedusaSessionStatus {
  switch (status) {
    case 'succeeded':
      return 'captured';
    case 'pending':
    case 'processing':
      return 'pending_authorization';
    case 'failed':
      return 'error';
    case 'partially_paid':
    case 'overpaid':
    case 'requires_review':
      return 'requires_more';
  }
}
