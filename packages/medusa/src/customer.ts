import { type Party, ValidationError } from '@paymux/core';

/** The Medusa customer as a provider receives it in `context.customer` (`PaymentCustomerDTO`). */
export interface MedusaCustomer {
  readonly id?: string;
  readonly email?: string | null;
  readonly first_name?: string | null;
  readonly last_name?: string | null;
  readonly company_name?: string | null;
  readonly phone?: string | null;
  readonly billing_address?: { readonly phone?: string | null } | null;
}

/** What a storefront may pass in the session `data.customer` to override the Medusa customer. */
export interface SessionCustomer {
  readonly name?: string;
  readonly email?: string;
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
