/**
 * How a payer pays. `type` is the family of method; `channel` names the bank or
 * wallet inside that family where the family needs one (a virtual account at a
 * bank, a named e-wallet). Channel values are the provider-neutral codes a country
 * adapter documents (e.g. a bank code `014`, or a wallet name `OVO`).
 */
export type PaymentMethodType =
  | 'qr'
  | 'virtual_account'
  | 'ewallet'
  | 'mobile_banking'
  | 'bank_transfer';

export const PAYMENT_METHOD_TYPES: readonly PaymentMethodType[] = [
  'qr',
  'virtual_account',
  'ewallet',
  'mobile_banking',
  'bank_transfer',
];

export interface PaymentMethod {
  readonly type: PaymentMethodType;
  /** Bank code or wallet name inside the family; required where the family needs one. */
  readonly channel?: string;
}

/** Where a payout goes: a bank account or an e-wallet account. */
export type PayoutDestinationType = 'bank_account' | 'ewallet';

export interface PayoutDestination {
  readonly type: PayoutDestinationType;
  /** Bank code (bank_account) or wallet name (ewallet), as the country adapter documents. */
  readonly bank: string;
  /** Account number, IBAN or wallet phone number. */
  readonly accountNumber: string;
}
