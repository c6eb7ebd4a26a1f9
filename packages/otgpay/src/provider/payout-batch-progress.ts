/** Reported after each request of a split payout batch has been resolved. */
export interface PayoutBatchProgress {
  /** The provider instance id, e.g. `otgpay-id`. */
  readonly provider: string;
  /** The batch's merchant reference. */
  readonly reference: string;
  /** The batchId sent for this request: the reference, or `${reference}-${n}` when split. */
  readonly batchId: string;
  /** Requests resolved so far and in all. */
  readonly requestsDone: number;
  /** Requests the batch was split into (`maxBatchSize` items each). */
  readonly requests: number;
  /** Items resolved so far (locally refused items count from the start) and in all. */
  readonly itemsDone: number;
  /** Items in the whole batch. */
  readonly items: number;
  /** Items accepted and refused so far. */
  readonly succeeded: number;
  /** Items refused so far, locally or by OTGPAY. */
  readonly failed: number;
}
