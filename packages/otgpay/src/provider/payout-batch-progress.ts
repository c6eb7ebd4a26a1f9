/** Reported after each request of a split payout batch has been resolved. */
export interface PayoutBatchProgress {
  readonly provider: string;
  /** The batch's merchant reference. */
  readonly reference: string;
  /** The batchId sent for this request: the reference, or `${reference}-${n}` when split. */
  readonly batchId: string;
  /** Requests resolved so far and in all. */
  readonly requestsDone: number;
  readonly requests: number;
  /** Items resolved so far (locally refused items count from the start) and in all. */
  readonly itemsDone: number;
  readonly items: number;
  /** Items accepted and refused so far. */
  readonly succeeded: number;
  readonly failed: number;
}
