/**
 * OTGPAY request bodies and response `data` (protocol §4). Amounts are decimal strings
 * in the country's wire format; statuses and `appId` are integers.
 */

export interface PaymentCreateRequest {
  readonly orderId: string;
  readonly amount: string;
  readonly payType: string;
  readonly inBankCode: string;
  readonly name: string;
  readonly phone: string;
  readonly email: string;
  readonly notifyUrl?: string;
  readonly callBackUrl?: string;
  readonly partnerUserId?: string;
  readonly idCard?: string;
  readonly subject?: string;
  readonly currency?: string;
}

export interface PaymentCreateData {
  readonly orderId: string;
  readonly orderNo: string;
  readonly payUrl: string;
  readonly bankCode?: string;
  readonly bankNo?: string;
  readonly qrCode?: string;
  readonly status: number;
}

export interface WireRefund {
  readonly refundId: string;
  readonly refundNo: string;
  readonly amount: string;
  readonly status: number;
  readonly reason?: string;
}

export interface PaymentData {
  readonly orderId: string;
  readonly orderNo: string;
  readonly amount: string;
  readonly currency: string;
  readonly payType: string;
  readonly inBankCode?: string;
  readonly status: number;
  readonly fee: string;
  readonly payTime?: string;
  readonly refundedAmount: string;
  readonly refunds: readonly WireRefund[];
}

export interface RefundRequest {
  readonly refundId: string;
  readonly amount: string;
  readonly reason?: string;
}

export interface RefundData {
  readonly orderId: string;
  readonly refundId: string;
  readonly refundNo: string;
  readonly amount: string;
  readonly status: number;
}

export interface PayoutSubmitRequest {
  readonly orderId: string;
  readonly amount: string;
  readonly accountType: string;
  readonly bankCode: string;
  readonly accountNo: string;
  readonly name: string;
  readonly phone: string;
  readonly email: string;
  readonly notifyUrl?: string;
  readonly idCard?: string;
}

export interface PayoutSubmitData {
  readonly orderId: string;
  readonly orderNo: string;
  readonly status: number;
}

export interface PayoutData {
  readonly orderId: string;
  readonly orderNo: string;
  readonly amount: string;
  readonly status: number;
  readonly fee: string;
  /** [paymux] The destination as submitted, when the gateway reports it (protocol §4). */
  readonly accountType?: string;
  readonly bankCode?: string;
  readonly accountNo?: string;
  readonly finishTime?: string;
  readonly errorMsg?: string;
}

export interface PayoutBatchRequest {
  readonly batchId: string;
  readonly items: readonly PayoutSubmitRequest[];
  readonly notifyUrl?: string;
}

export interface PayoutBatchItemData {
  readonly orderId: string;
  readonly orderNo?: string;
  readonly status?: number;
  readonly error?: string;
  readonly msg?: string;
}

export interface PayoutBatchData {
  readonly batchId: string;
  readonly results: readonly PayoutBatchItemData[];
}

export interface PageRequest {
  /** `yyyy-MM-dd` in the country's time. */
  readonly startDate: string;
  readonly endDate: string;
  /** 1-based. */
  readonly page: number;
  /** At most 100. */
  readonly pageSize: number;
}

export interface WireSettlementRecord {
  readonly settlementNo: string;
  readonly settleDate: string;
  readonly currency: string;
  readonly grossAmount: string;
  readonly fee: string;
  readonly netAmount: string;
  readonly status: number | string;
}

export interface SettlementPageData {
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  readonly records: readonly WireSettlementRecord[];
}

export type WireEntryType = 'PAYMENT' | 'REFUND' | 'PAYOUT' | 'FEE';

export interface WireStatementEntry {
  readonly entryNo: string;
  readonly time: string;
  readonly type: WireEntryType;
  readonly orderId?: string;
  readonly amount: string;
  readonly balanceAfter: string;
}

export interface StatementPageData {
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  readonly entries: readonly WireStatementEntry[];
}

export interface BalanceData {
  readonly currency: string;
  readonly available: string;
  readonly pending: string;
  readonly frozen: string;
}

export type CallbackEvent =
  | 'payment.completed'
  | 'payment.failed'
  | 'payout.completed'
  | 'payout.failed';

/** Body the platform POSTs to `notifyUrl` (protocol §7). */
export interface CallbackBody {
  readonly appId: number;
  readonly event: CallbackEvent;
  readonly orderId: string;
  readonly orderNo: string;
  readonly amount: string;
  readonly currency: string;
  readonly fee?: string;
  readonly status: number;
  readonly payTime?: string;
  readonly finishTime?: string;
  readonly errorMsg?: string;
  readonly sign: string;
}
