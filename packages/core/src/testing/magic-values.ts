/**
 * Magic values of the testing provider: inputs that make it fail the way a real provider
 * fails, like card-network test numbers. They are keyed on the **last two digits of the
 * amount in minor units** (`amount % 100`), so ordinary amounts (IDR `15000000n`, THB
 * `123400n`) behave normally, and on a few **reference prefixes**.
 *
 * The amount table applies to every write that carries an amount: `createCharge`,
 * `refund`, `createPayout` and each item of `createPayoutBatch`. "Once" means the first
 * call for that merchant reference; later calls with the same reference behave normally.
 *
 * | amount ends | error / outcome | `retryable` | took effect? |
 * |---|---|---|---|
 * | `…01` | `provider_error` (declined, providerCode `declined`) every time | no | no |
 * | `…02` | `rate_limited` once, then success | yes | no |
 * | `…03` | `unknown_outcome` once, but the write **was** made: `getCharge`/`getPayout` (or the charge's `refunds`) find it; a blind resend gets `validation` error on `reference` (rule `duplicate`, providerCode `duplicate_reference`) | no | yes |
 * | `…04` | `unknown_outcome` once and **not** made: the get answers `not_found`, a resend succeeds | no | no |
 * | `…05` | the write succeeds; the first read (`getCharge`/`getPayout`) of it times out (`timeout`) | yes | — |
 * | `…06` | `authentication` every time (credentials refused) | no | no |
 * | `…07` | created, then fails at once: charge `failed`, payout `failed` (funds unfrozen), refund `failed`; a webhook is queued | — | yes |
 * | `…08` | `network` (request never sent) every time, so a router can fail over | yes | no |
 *
 * | reference starts with | error | `retryable` | took effect? |
 * |---|---|---|---|
 * | `invalid_state-` | `invalid_state` on create (charge, refund, payout) | no | no |
 * | `unsupported-` | `unsupported` on create (charge, refund, payout) | no | no |
 *
 * Outside the magic values the provider enforces real rules: duplicate references are
 * refused (`validation` error on `reference` (rule `duplicate`, providerCode `duplicate_reference`)), a refund above the refundable rest is a
 * `validation` error on `money.amount` (rule `refundable`), a refund of an unpaid or failed
 * charge is `invalid_state`, a payout above the available balance is `provider_error`
 * `insufficient_balance`, and an unknown reference is `not_found`.
 */
export type MagicBehaviour =
  | 'decline'
  | 'rate_limited_once'
  | 'unknown_outcome_created'
  | 'unknown_outcome_not_created'
  | 'timeout_on_first_read'
  | 'authentication'
  | 'auto_fail'
  | 'network';

/** Last two digits of the minor-unit amount → behaviour. */
export const MAGIC_AMOUNT_SUFFIXES: Readonly<Record<string, MagicBehaviour>> = Object.freeze({
  '01': 'decline',
  '02': 'rate_limited_once',
  '03': 'unknown_outcome_created',
  '04': 'unknown_outcome_not_created',
  '05': 'timeout_on_first_read',
  '06': 'authentication',
  '07': 'auto_fail',
  '08': 'network',
});

/** The error code a magic reference prefix forces on a create. */
export type MagicReferenceCode = 'invalid_state' | 'unsupported';

/** Reference prefix → the error every create with that reference fails with. */
export const MAGIC_REFERENCE_PREFIXES: Readonly<Record<string, MagicReferenceCode>> = Object.freeze(
  {
    'invalid_state-': 'invalid_state',
    'unsupported-': 'unsupported',
  },
);

/** The magic behaviour of a minor-unit amount, if any. */
export function magicBehaviourOf(amount: bigint): MagicBehaviour | undefined {
  const abs = amount < 0n ? -amount : amount;
  const suffix = (abs % 100n).toString().padStart(2, '0');
  return MAGIC_AMOUNT_SUFFIXES[suffix];
}

/** The error code a magic reference prefix forces, if any. */
export function magicReferenceCodeOf(reference: string): MagicReferenceCode | undefined {
  for (const [prefix, code] of Object.entries(MAGIC_REFERENCE_PREFIXES)) {
    if (reference.startsWith(prefix)) return code;
  }
  return undefined;
}
