/**
 * Money in the paymux contract: an exact integer amount in the currency's minor
 * units plus its ISO 4217 code. `amount` is a `bigint` so that no binary float can
 * ever hold money and no amount is limited by `Number.MAX_SAFE_INTEGER`.
 *
 * IDR has two minor digits (ISO 4217), so `{ amount: 150000n, currency: 'IDR' }` is
 * Rp 1.500 and Rp 150.000 is `15_000_000n`; `{ amount: 12345n, currency: 'THB' }` is ฿123.45.
 * Write amounts with the unit explicit: `money.idr('150000')`, `fromMajor('123.45', 'THB')`.
 */
export interface Money {
  /** Integer amount in minor units of `currency` (e.g. cents, satang); negative only for signed movements. */
  readonly amount: bigint;
  /** ISO 4217 alphabetic code, upper case. */
  readonly currency: string;
}

/**
 * What callers may pass where the contract takes money: a `bigint`, or a `number`
 * that is a safe integer (it is converted exactly). Anything else is rejected.
 */
export interface MoneyInput {
  /** Minor units: a `bigint`, or a `number` that is a safe integer (`7_500_000`, never `75000.5`). */
  readonly amount: bigint | number;
  /** ISO 4217 alphabetic code, upper case; must be one of {@link CURRENCY_EXPONENTS}. */
  readonly currency: string;
}
