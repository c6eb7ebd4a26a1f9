import type { CollectionMethodInfo } from '@paymux/otgpay';

/** The channels a Pakistani payer can pay through, as `method.channel`. */
export type PakistanCollectionChannel = 'JAZZCASH' | 'EASYPAISA' | 'RAAST';

/**
 * Collection methods. Limits are inclusive, in paisa (PKR ISO 4217 exponent 2).
 *
 * The limits are OUR DEFAULTS, not OTGPAY's (OTGPAY publishes none for Pakistan): the
 * wallet maximum of PKR 50,000.00 is the per-day limit of a Level-1 branchless banking
 * wallet under the SBP branchless banking regulations as JazzCash and JS Bank publish it
 * (Level 0: 25,000/day); Raast's PKR 1,000,000.00 and every minimum are our choice.
 * A merchant with other limits in its OTGPAY contract overrides them with
 * `pakistan({ limits: { 'ewallet:JAZZCASH': { max: 10_000_000n } } })` (a method's
 * own key, `type:CHANNEL`) or `pakistan({ limits: { ewallet: { max: ... } } })` (a family).
 *
 * Raast is one method (inBankCode `RAAST`) rather than one per bank: the payer pays the
 * request from any bank or wallet app on the SBP instant payment system, so the payer's
 * bank is not known, or needed, when the charge is created.
 */
export const PAKISTAN_METHODS: readonly CollectionMethodInfo[] = [
  {
    method: { type: 'ewallet', channel: 'JAZZCASH' },
    label: 'JazzCash',
    payType: 'EWALLET',
    inBankCode: 'JAZZCASH',
    minAmount: 1_000n,
    maxAmount: 5_000_000n,
    requires: ['customer.nationalId'],
  },
  {
    method: { type: 'ewallet', channel: 'EASYPAISA' },
    label: 'Easypaisa',
    payType: 'EWALLET',
    inBankCode: 'EASYPAISA',
    minAmount: 1_000n,
    maxAmount: 5_000_000n,
  },
  {
    method: { type: 'bank_transfer', channel: 'RAAST' },
    label: 'Raast (any bank)',
    payType: 'BANK_TRANSFER',
    inBankCode: 'RAAST',
    minAmount: 1_000n,
    maxAmount: 100_000_000n,
  },
];
