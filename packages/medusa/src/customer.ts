import { type Party, ValidationError } from '@paymux/core';

/** The Medusa customer as a provider receives it in `context.customer` (`PaymentCustomerDTO`). */
export interface MedusaCustomer {
  /** The Medusa customer id (`cus_…`); sent to the provider as the payer's id (OTGPAY `partnerUserId`). */
  readonly id?: string;
  /** The payer's email, used when the storefront passes none in `data.customer.email`. */
  readonly email?: string | null;
  /** Joined with `last_name` as the payer's name when `data.customer.name` is absent. */
  readonly first_name?: string | null;
  /** Joined after `first_name` as the payer's name. */
  readonly last_name?: string | null;
  /** The payer's name when neither `data.customer.name` nor first/last name is set. */
  readonly company_name?: string | null;
  /** The payer's phone, used when `data.customer.phone` is absent. */
  readonly phone?: string | null;
  /** The default billing address; only its phone is read, as the last fallback. */
  readonly billing_address?: {
    /** The address's phone number, in any form the country adapter accepts. */
    readonly phone?: string | null;
  } | null;
}

/** What a storefront may pass in the session `data.customer` to override the Medusa customer. */
export interface SessionCustomer {
  /** The payer's full name (OTGPAY: 1–30 letters, spaces and `' . -`). Wins over the Medusa customer's. */
  readonly name?: string;
  /** The payer's email. Required for guest checkout (no Medusa customer to fall back to). */
  readonly email?: string;
  /** The payer's mobile number as typed (`0812 3456 7890`, `+62 812…`); the country adapter normalizes it. */
  readonly phone?: string;
  /** National identity number where the method needs one (e.g. Pakistani CNIC for JazzCash). */
  readonly national_id?: string;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * The payer for paymux: `data.customer` from the storefront first, then the Medusa
 * customer of the cart (`context.customer`). The country adapter then normalizes the
 * phone and name; here only presence is checked, naming the field to fill.
 */
export function toParty(sessionCustomer: unknown, customer: MedusaCustomer | undefined): Party {
  const given = (
    typeof sessionCustomer === 'object' && sessionCustomer !== null ? sessionCustomer : {}
  ) as SessionCustomer;
  const fullName = [customer?.first_name, customer?.last_name].map(text).filter(Boolean).join(' ');
  const name = text(given.name) ?? text(fullName) ?? text(customer?.company_name);
  const email = text(given.email) ?? text(customer?.email);
  const phone =
    text(given.phone) ?? text(customer?.phone) ?? text(customer?.billing_address?.phone);
  const nationalId = text(given.national_id);
  for (const [field, value] of [
    ['name', name],
    ['email', email],
    ['phone', phone],
  ] as const) {
    if (value === undefined) {
      throw new ValidationError(
        `customer.${field} is required: set it on the Medusa customer or pass data.customer.${field} when creating the payment session`,
        { field: `customer.${field}`, rule: 'required' },
      );
    }
  }
  return {
    name: name as string,
    email: email as string,
    phone: phone as string,
    ...(nationalId ? { nationalId } : {}),
    ...(customer?.id ? { id: customer.id } : {}),
  };
}
