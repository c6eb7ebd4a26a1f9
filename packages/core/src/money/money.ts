/**
 * Money in the paymux contract: an exact integer amount in the currency's minor
 * units plus its ISO 4217 code. `amount` is a `bigint` so that no binary float can
 * ever hold money and no amount is limited by `Number.MAX_SAFE_INTEGER`.
 *
 * `{ amount: 150000n, currency: 'IDR' }` is Rp 150.000; `{ amount: 12345n, currency: 'THB' }`
 * is ฿123.45.
 */
export interface Money {
  readonly amount: bigint;
  /** ISO 4217 alphabetic code, upper case. */
  readonly currency: string;
}

/**
 * What callers may pass where the contract takes money: a `bigint`, or a `number`
 * that is a safe integer (it is converted exactly). Anything else is rejected.
 */
export interface MoneyInput {
  readonly amount: bigint | number;
  readonly currency: string;
}
