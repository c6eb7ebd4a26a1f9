/**
 * Magic values (documented in README): a few inputs that make the sandbox pick an
 * outcome on its own, so end-to-end tests need no control API.
 */

/** Payment amounts whose digits (wire string without the dot) end in this fail at once. */
export const MAGIC_FAIL_SUFFIX = '666';
/** Payment amounts whose digits end in this are paid automatically. */
export const MAGIC_PAY_SUFFIX = '777';
/** A payout to this account number fails. */
export const MAGIC_FAIL_ACCOUNT = '0000000000';

export type MagicPayment = 'fail' | 'pay' | undefined;

export function magicPayment(wireAmount: string): MagicPayment {
  const digits = wireAmount.replace('.', '');
  if (digits.endsWith(MAGIC_FAIL_SUFFIX)) return 'fail';
  if (digits.endsWith(MAGIC_PAY_SUFFIX)) return 'pay';
  return undefined;
}

export function magicPayoutFails(accountNo: string): boolean {
  return accountNo === MAGIC_FAIL_ACCOUNT;
}
