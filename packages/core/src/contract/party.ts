/** The person paying (charges) or being paid (payouts). */
export interface Party {
  /** Full name, 1–100 characters. */
  readonly name: string;
  /** E-mail address, at most 254 characters. */
  readonly email: string;
  /**
   * Phone number as the person typed it (`+62 812-3456-7890`, `0812 3456 7890`); the country
   * adapter normalizes it and applies the country's rule, naming `customer.phone` or
   * `recipient.phone` when it refuses it.
   */
  readonly phone: string;
  /** National identity number where the country or method requires one (e.g. Pakistani CNIC). */
  readonly nationalId?: string;
  /** The merchant's own id for this person. */
  readonly id?: string;
}
