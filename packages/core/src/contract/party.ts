/** The person paying (charges) or being paid (payouts). */
export interface Party {
  readonly name: string;
  readonly email: string;
  readonly phone: string;
  /** National identity number where the country or method requires one (e.g. Pakistani CNIC). */
  readonly nationalId?: string;
  /** The merchant's own id for this person. */
  readonly id?: string;
}
