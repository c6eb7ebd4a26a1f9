import { PaymuxError } from '@paymux/core';

/** Errors to show: by form field name (the SDK's field path), plus one for the whole form. */
export interface FormErrors {
  readonly fields: Readonly<Record<string, string>>;
  readonly form?: string;
}

export const NO_ERRORS: FormErrors = { fields: {} };

/**
 * Puts an SDK error beside the field it names (`customer.phone`, `money.amount`,
 * `method.channel` …); `fieldFor` maps a path to the form's field when they differ.
 * Anything else (network, gateway, unknown outcome) becomes a message for the whole form.
 */
export function formErrors(
  error: unknown,
  formFields: readonly string[],
  fieldFor: (path: string) => string | undefined = (path) => path,
): FormErrors {
  if (!PaymuxError.isInstance(error)) throw error;
  if (error.code === 'validation' && error.field) {
    const name = fieldFor(error.field);
    if (name && formFields.includes(name)) return { fields: { [name]: friendly(error) } };
  }
  return { fields: {}, form: describeError(error) };
}

/** A few SDK rules said the way a shopper reads them; everything else as the SDK says it. */
function friendly(error: PaymuxError): string {
  if (error.field === 'money.amount') {
    if (error.rule === 'precision')
      return 'Too many decimals for this currency: rupiah are whole, baht and rupees have at most two decimals.';
    if (error.rule === 'decimal') return 'Enter an amount in digits, e.g. 150000 or 1500.00.';
  }
  return error.message;
}

export function describeError(error: PaymuxError): string {
  switch (error.code) {
    case 'unknown_outcome':
      return `We could not confirm the outcome with the gateway (${error.message}). Submit again: the same reference is reused, so nothing happens twice.`;
    case 'network':
    case 'timeout':
      return `The payment gateway could not be reached (${error.message}). Please try again.`;
    default:
      return error.message;
  }
}

/** A form value as a trimmed string ('' when absent or a file). */
export function text(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  return typeof value === 'string' ? value.trim() : '';
}
