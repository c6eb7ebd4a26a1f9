/**
 * Every item of a reconciliation report lands in exactly one category. The order of this
 * list is the precedence: an item that shows several differences gets the first that
 * applies (a duplicate is reported as `duplicate` even if its amount also differs).
 */
export const RECONCILIATION_CATEGORIES = [
  'duplicate',
  'missing_in_merchant_records',
  'probable_match',
  'missing_at_provider',
  'currency_mismatch',
  'amount_mismatch',
  'settled_not_succeeded',
  'status_mismatch',
  'refund_mismatch',
  'fee_mismatch',
  'succeeded_not_settled',
  'settlement_total_mismatch',
  'cut_off_timing',
  'matched_within_tolerance',
  'matched',
] as const;

/**
 * - `matched`: both sides agree exactly.
 * - `matched_within_tolerance`: they agree except for an amount or fee difference no larger than `tolerance`.
 * - `probable_match`: no reference matched, but a merchant-only and a provider-only record have the same amount and currency close in time. Never accepted silently.
 * - `missing_at_provider`: the merchant has it; the provider's statement has no trace and its query answers "not found".
 * - `missing_in_merchant_records`: the provider moved money for a reference the merchant does not know.
 * - `amount_mismatch` / `currency_mismatch`: the same reference with another amount (beyond tolerance) or currency.
 * - `fee_mismatch`: the provider's fee is not the configured rate, or not what the merchant recorded.
 * - `status_mismatch`: the two sides report different statuses (see `statusPair`); the one category `repair` acts on.
 * - `duplicate`: the same reference more than once on one side (e.g. a payment booked twice).
 * - `refund_mismatch`: the sum of a charge's refunds differs between the sides.
 * - `succeeded_not_settled`: the provider says succeeded, but no settlement covers it past the settlement lag.
 * - `settled_not_succeeded`: the provider's ledger booked the money, yet neither side says the order succeeded.
 * - `settlement_total_mismatch`: a day's settlement does not add up to that day's ledger entries.
 * - `cut_off_timing`: both sides agree, but on different sides of midnight (inside the look-around window).
 */
export type ReconciliationCategory = (typeof RECONCILIATION_CATEGORIES)[number];
