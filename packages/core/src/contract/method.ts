/**
 * The family of a payment method: `qr` (e.g. QRIS, PromptPay), `virtual_account` (a bank
 * transfer to a generated account), `ewallet`, `mobile_banking` (the payer's bank app) or
 * `bank_transfer`. Which ones a country offers is in the provider's `capabilities.methods`.
 */
export type PaymentMethodType =
  | 'qr'
  | 'virtual_account'
  | 'ewallet'
  | 'mobile_banking'
  | 'bank_transfer';

/** Every {@link PaymentMethodType}, in a fixed order (the enum of the input schemas). */
export const PAYMENT_METHOD_TYPES: readonly PaymentMethodType[] = [
  'qr',
  'virtual_account',
  'ewallet',
  'mobile_banking',
  'bank_transfer',
];

/**
 * How a payer pays: `type` is the family of method; `channel` names the bank or wallet
 * inside that family where the family needs one (a virtual account at a bank, a named
 * e-wallet). Channel values are the provider-neutral codes a country adapter documents
 * (e.g. a bank code `014`, or a wallet name `OVO`).
 */
export interface PaymentMethod {
  /** The family of method, e.g. `qr` or `virtual_account`. */
  readonly type: PaymentMethodType;
  /** Bank code or wallet name inside the family; required where the family needs one. */
  readonly channel?: string;
}

/** Where a payout goes: a bank account or an e-wallet account. */
export type PayoutDestinationType = 'bank_account' | 'ewallet';

/** The account a payout is sent to. */
export interface PayoutDestination {
  /** Whether `bank` and `accountNumber` name a bank account or an e-wallet. */
  readonly type: PayoutDestinationType;
  /** Bank code (bank_account) or wallet name (ewallet), as the country adapter documents. */
  readonly bank: string;
  /** Account number, IBAN or wallet phone number. */
  readonly accountNumber: string;
}
