/*
 * OTGPAY request bodies and response `data` (protocol §4). Amounts are decimal strings
 * in the country's wire format; statuses and `appId` are integers.
 */

/**
 * Body of `POST /api/payment/create` (protocol §4), besides `appId` and `sign`, which the
 * client adds when signing. The provider builds it from `charges.create` input through the
 * country adapter, so every field here is already checked and in wire form.
 */
export interface PaymentCreateRequest {
  /**
   * The merchant's order id, the paymux charge `reference`: 1–48 characters of
   * `[A-Za-z0-9_.:-]`, unique per appId (a reused one is `1002 Illegal Param: orderId duplicate`).
   */
  readonly orderId: string;
  /**
   * The amount to collect: a decimal string in the country's wire format (protocol §5): IDR whole
   * rupiah (`"150000"`), THB and PKR two decimals (`"1500.50"`). Never a JSON number.
   */
  readonly amount: string;
  /**
   * Collection type: `QR`, `VA`, `EWALLET`, `BANK_TRANSFER` or `MOBILE_BANKING` (`OtgpayPayType`).
   */
  readonly payType: string;
  /**
   * The bank, wallet or scheme of the method: a bank code for virtual accounts and mobile
   * banking (`014`), a wallet (`OVO`, `TRUEMONEY`, `JAZZCASH`), `PROMPTPAY` or `RAAST`; for
   * QRIS the acquiring bank (`014`).
   */
  readonly inBankCode: string;
  /** The payer's name: 1–30 letters (counted in code points), spaces and `' . -`. */
  readonly name: string;
  /** The payer's mobile number in wire form: ID `08…`, TH `0XXXXXXXXX`, PK `03XXXXXXXXX`. */
  readonly phone: string;
  /** The payer's email address. */
  readonly email: string;
  /**
   * Where the gateway POSTs the signed callback when the payment becomes final (§7);
   * http(s), at most 512 characters. Absent: no callback (the merchant polls).
   */
  readonly notifyUrl?: string;
  /** Where the hosted page sends the payer back after paying (paymux `returnUrl`). */
  readonly callBackUrl?: string;
  /** The merchant's own id for the payer (paymux `customer.id`). */
  readonly partnerUserId?: string;
  /** The payer's 13-digit CNIC without dashes: Pakistan only, required for JazzCash. */
  readonly idCard?: string;
  /** What is being paid for, shown to the payer (paymux `description`), at most 128 characters. */
  readonly subject?: string;
  /** ISO 4217 code; when sent it must be the appId's currency (one currency per appId). */
  readonly currency?: string;
}

/**
 * `data` of a successful `POST /api/payment/create`: the order and where the payer pays.
 * Which of `qrCode`, `bankNo` and `payUrl` to show decides the charge's next action.
 */
export interface PaymentCreateData {
  /** The merchant's id of the order, echoed: the paymux `reference`. */
  readonly orderId: string;
  /**
   * The gateway's own order number (paymux `providerReference`), for support and reconciliation.
   */
  readonly orderNo: string;
  /** The gateway's hosted payment page; may be the empty string when there is none. */
  readonly payUrl: string;
  /** The bank of the virtual account (`VA`), e.g. `014`. */
  readonly bankCode?: string;
  /** The virtual account number the payer transfers the exact amount to (`VA` only). */
  readonly bankNo?: string;
  /** The QR payload (an EMVCo string) to render as a QR code (`QR` only). */
  readonly qrCode?: string;
  /** Payment status (§6); `0` created for a new order. */
  readonly status: number;
}

/** One refund of a payment, as `GET /api/payment/{id}` lists them in `refunds`. */
export interface WireRefund {
  /** The merchant's refund id: the paymux refund `reference`. */
  readonly refundId: string;
  /** The gateway's refund number. */
  readonly refundNo: string;
  /**
   * The refunded amount, a decimal string in the country's wire format (protocol §5): IDR whole
   * rupiah (`"150000"`), THB and PKR two decimals (`"1500.50"`). Never a JSON number.
   */
  readonly amount: string;
  /** Refund status: `1` processing, `2` succeeded, `3` failed. */
  readonly status: number;
  /** The reason given with the refund request. */
  readonly reason?: string;
}

/**
 * `data` of `GET /api/payment/{id}` (`{id}` is the merchant's `orderId`): the payment's
 * current state. Also what the provider reads to adopt an order found under a reused reference.
 */
export interface PaymentData {
  /** The merchant's id of the order, echoed: the paymux `reference`. */
  readonly orderId: string;
  /**
   * The gateway's own order number (paymux `providerReference`), for support and reconciliation.
   */
  readonly orderNo: string;
  /**
   * The order amount as created, a decimal string in the country's wire format (protocol §5): IDR
   * whole rupiah (`"150000"`), THB and PKR two decimals (`"1500.50"`). Never a JSON number.
   */
  readonly amount: string;
  /** ISO 4217 code of the amounts: IDR, THB or PKR. */
  readonly currency: string;
  /** The collection type the order was created with (`QR`, `VA`, …). */
  readonly payType: string;
  /** The bank, wallet or scheme the order was created with. */
  readonly inBankCode?: string;
  /**
   * Payment status (§6): `0` created, `1` processing, `2` succeeded (final), `3` failed
   * (final), `4` partly paid, `5` paid too much, `-1` abnormal, waiting for confirmation. A
   * refunded payment stays `2`; its `refundedAmount` grows.
   */
  readonly status: number;
  /** The gateway's fee on the payment, a decimal string (`"0"` until paid). */
  readonly fee: string;
  /** When the payer paid: ISO 8601 with the country's offset (`2026-11-24T14:05:00+07:00`). */
  readonly payTime?: string;
  /** Sum of the successful refunds so far, a decimal string. */
  readonly refundedAmount: string;
  /** Every refund of the payment, in order. */
  readonly refunds: readonly WireRefund[];
}

/**
 * Body of `POST /api/payment/{id}/refund` (`{id}` is the payment's `orderId`, signed as
 * `orderId`), besides `appId` and `sign`. Only a paid payment (status 2) can be refunded.
 */
export interface RefundRequest {
  /**
   * The merchant's refund id, the paymux refund `reference`: 1–48 characters, unique per
   * appId (a reused one is `1002 Illegal Param: refundId duplicate`).
   */
  readonly refundId: string;
  /**
   * The amount to refund, a decimal string in the wire format; at most what is left
   * unrefunded (else `1002 Illegal Param: amount`).
   */
  readonly amount: string;
  /** Why, for the gateway and the payer; at most 256 characters. */
  readonly reason?: string;
}

/** `data` of a successful `POST /api/payment/{id}/refund`. */
export interface RefundData {
  /** The refunded payment's `orderId`. */
  readonly orderId: string;
  /** The merchant's refund id, echoed. */
  readonly refundId: string;
  /** The gateway's refund number. */
  readonly refundNo: string;
  /** The refunded amount, a decimal string in the wire format. */
  readonly amount: string;
  /** Refund status: `1` processing, `2` succeeded, `3` failed. */
  readonly status: number;
}

/**
 * Body of `POST /api/payout/submit` (protocol §4), besides `appId` and `sign`; also one
 * item of a {@link PayoutBatchRequest}. Built from `payouts.create` input through the country
 * adapter. A payout above the available balance is `1002 Illegal Param: insufficient balance`.
 */
export interface PayoutSubmitRequest {
  /** The merchant's payout id, the paymux payout `reference`: 1–48 characters, unique per appId. */
  readonly orderId: string;
  /**
   * The amount to send, a decimal string in the country's wire format (protocol §5): IDR whole
   * rupiah (`"150000"`), THB and PKR two decimals (`"1500.50"`). Never a JSON number.
   */
  readonly amount: string;
  /** Destination kind: `BANK_ACCOUNT` or `EWALLET` (`OtgpayAccountType`). */
  readonly accountType: string;
  /**
   * The destination bank or wallet: an Indonesian clearing code (`014`) or wallet (`OVO`), a
   * Bank of Thailand code (`004`), `PROMPTPAY` or `TRUEMONEY`, a Pakistani IBAN bank
   * identifier (`MUCB`), `JAZZCASH` or `EASYPAISA`.
   */
  readonly bankCode: string;
  /**
   * The destination account: bank account digits, a Pakistani IBAN (24 characters), a
   * PromptPay id, or the wallet's mobile number.
   */
  readonly accountNo: string;
  /** The recipient's name: 1–30 letters, spaces and `' . -`. */
  readonly name: string;
  /** The recipient's mobile number in the country's wire form. */
  readonly phone: string;
  /** The recipient's email address. */
  readonly email: string;
  /** Where the gateway POSTs the signed callback when the payout becomes final (§7). */
  readonly notifyUrl?: string;
  /** The recipient's 13-digit CNIC without dashes: Pakistan, required for every payout. */
  readonly idCard?: string;
}

/** `data` of a successful `POST /api/payout/submit`: the payout was accepted. */
export interface PayoutSubmitData {
  /** The merchant's id of the order, echoed: the paymux `reference`. */
  readonly orderId: string;
  /**
   * The gateway's own order number (paymux `providerReference`), for support and reconciliation.
   */
  readonly orderNo: string;
  /** Payout status: normally `1` processing (`2`/`3` arrive later by callback or query). */
  readonly status: number;
}

/** `data` of `GET /api/payout/{id}` (`{id}` is the merchant's `orderId`): the payout's state. */
export interface PayoutData {
  /** The merchant's id of the order, echoed: the paymux `reference`. */
  readonly orderId: string;
  /**
   * The gateway's own order number (paymux `providerReference`), for support and reconciliation.
   */
  readonly orderNo: string;
  /**
   * The payout amount, a decimal string in the country's wire format (protocol §5): IDR whole
   * rupiah (`"150000"`), THB and PKR two decimals (`"1500.50"`). Never a JSON number.
   */
  readonly amount: string;
  /**
   * Payout status: `1` processing, `2` succeeded (final), `3` failed (final); `0` not yet
   * processing.
   */
  readonly status: number;
  /** The gateway's fee on the payout, a decimal string. */
  readonly fee: string;
  /** [paymux] The destination as submitted, when the gateway reports it (protocol §4). */
  readonly accountType?: string;
  /** The destination bank or wallet as submitted, when reported. */
  readonly bankCode?: string;
  /** The destination account as submitted, when reported. */
  readonly accountNo?: string;
  /**
   * When the payout became final: ISO 8601 with the country's offset (`2026-11-24T14:05:00+07:00`).
   */
  readonly finishTime?: string;
  /** Why a failed payout failed, in the gateway's words (e.g. `account not found`). */
  readonly errorMsg?: string;
}

/**
 * Body of `POST /api/payout/batch`, besides `appId` and `sign`: up to 500 payouts in one
 * signed request. Each item is accepted or refused on its own (see {@link PayoutBatchItemData}).
 */
export interface PayoutBatchRequest {
  /** The merchant's batch id: 1–48 characters, unique per appId (`1002 … batchId duplicate`). */
  readonly batchId: string;
  /** 1–500 payout bodies, without `appId` and `sign`; each `orderId` unique per appId. */
  readonly items: readonly PayoutSubmitRequest[];
  /** Callback URL for every item that names none of its own. */
  readonly notifyUrl?: string;
}

/**
 * The result of one batch item, in item order: accepted (`orderNo` and `status`) or refused
 * (`error` and `msg`, the same codes as a single submit).
 */
export interface PayoutBatchItemData {
  /** The item's `orderId`. */
  readonly orderId: string;
  /** The gateway's order number of an accepted item. */
  readonly orderNo?: string;
  /** The status of an accepted item: normally `1` processing. */
  readonly status?: number;
  /** The error code of a refused item (`1001`, `1002`, …; §3). */
  readonly error?: string;
  /** The refusal message of a refused item, naming the field (`Illegal Param: accountNo`). */
  readonly msg?: string;
}

/** `data` of a successful `POST /api/payout/batch`. */
export interface PayoutBatchData {
  /** The merchant's batch id, echoed. */
  readonly batchId: string;
  /** One result per item, in the order of `items`. */
  readonly results: readonly PayoutBatchItemData[];
}

/** Query of `GET /api/settlement/records` and `GET /api/statement`, besides `appId` and `sign`. */
export interface PageRequest {
  /** `yyyy-MM-dd` in the country's time. */
  readonly startDate: string;
  /** `yyyy-MM-dd` in the country's time, inclusive; not before `startDate`. */
  readonly endDate: string;
  /** 1-based. */
  readonly page: number;
  /** At most 100. */
  readonly pageSize: number;
}

/**
 * One settlement (protocol §8): a day's collected money moved from `pending` to
 * `available`. `netAmount = grossAmount − fee − that day's refunds`.
 */
export interface WireSettlementRecord {
  /** The gateway's settlement number. */
  readonly settlementNo: string;
  /** The day settled, `yyyy-MM-dd` in the country's time. */
  readonly settleDate: string;
  /** ISO 4217 code of the amounts. */
  readonly currency: string;
  /** Sum of the day's PAYMENT entries, a decimal string. */
  readonly grossAmount: string;
  /** Sum of the FEE entries of those payments, a decimal string. */
  readonly fee: string;
  /** What moved to `available`: gross − fee − the day's refunds, a decimal string. */
  readonly netAmount: string;
  /** Settlement status: an integer (`2` settled) or a string; both are accepted. */
  readonly status: number | string;
}

/** `data` of `GET /api/settlement/records`: one page of settlement records. */
export interface SettlementPageData {
  /** Records in the whole date range, over all pages. */
  readonly total: number;
  /** This page, from 1. */
  readonly page: number;
  /** Records per page, as requested (at most 100). */
  readonly pageSize: number;
  /** The records of this page. */
  readonly records: readonly WireSettlementRecord[];
}

/**
 * Kind of a statement entry (protocol §8): `PAYMENT` (+ a paid payment), `REFUND` (−),
 * `PAYOUT` (− a paid-out payout), `FEE` (− the fee of a payment or payout).
 */
export type WireEntryType = 'PAYMENT' | 'REFUND' | 'PAYOUT' | 'FEE';

/**
 * One entry of the ledger of the merchant's total balance (protocol §8): each
 * `balanceAfter` is the previous one plus `amount`.
 */
export interface WireStatementEntry {
  /** The gateway's entry number. */
  readonly entryNo: string;
  /**
   * When the entry was booked: ISO 8601 with the country's offset (`2026-11-24T14:05:00+07:00`).
   */
  readonly time: string;
  /** What moved the money. */
  readonly type: WireEntryType;
  /** The merchant's `orderId` of the payment or payout the entry belongs to. */
  readonly orderId?: string;
  /** Signed decimal string: positive in, negative out (`"-1500.00"`). */
  readonly amount: string;
  /** The total balance after this entry, a signed decimal string. */
  readonly balanceAfter: string;
}

/** `data` of `GET /api/statement`: one page of ledger entries. */
export interface StatementPageData {
  /** Entries in the whole date range, over all pages. */
  readonly total: number;
  /** This page, from 1. */
  readonly page: number;
  /** Entries per page, as requested (at most 100). */
  readonly pageSize: number;
  /** The entries of this page, oldest first. */
  readonly entries: readonly WireStatementEntry[];
}

/**
 * `data` of `GET /api/balance`: the merchant's balance in the appId's currency, as decimal
 * strings. `available + pending + frozen` is the total the statement's last `balanceAfter` shows.
 */
export interface BalanceData {
  /** ISO 4217 code of the amounts. */
  readonly currency: string;
  /** Settled money that can be paid out. */
  readonly available: string;
  /** Collected but not yet settled (T+1); may be negative after refunds. */
  readonly pending: string;
  /** Reserved for payouts in flight: amount plus fee of each processing payout. */
  readonly frozen: string;
}

/** The `event` of a callback (protocol §7): a payment or payout reached a final status. */
export type CallbackEvent =
  | 'payment.completed'
  | 'payment.failed'
  | 'payout.completed'
  | 'payout.failed';

/** Body the platform POSTs to `notifyUrl` (protocol §7). */
export interface CallbackBody {
  /** The appId the order belongs to; the provider refuses a callback for another appId. */
  readonly appId: number;
  /** What happened. */
  readonly event: CallbackEvent;
  /** The merchant's `orderId` of the payment or payout. */
  readonly orderId: string;
  /**
   * The gateway's own order number (paymux `providerReference`), for support and reconciliation.
   */
  readonly orderNo: string;
  /**
   * The paid amount (payments) or the payout amount, a decimal string in the country's wire format
   * (protocol §5): IDR whole rupiah (`"150000"`), THB and PKR two decimals (`"1500.50"`). Never a
   * JSON number.
   */
  readonly amount: string;
  /** ISO 4217 code of the amounts. */
  readonly currency: string;
  /** The gateway's fee, a decimal string. */
  readonly fee?: string;
  /** The final status: `2` succeeded or `3` failed. */
  readonly status: number;
  /**
   * Payments: when the payer paid, ISO 8601 with the country's offset
   * (`2026-11-24T14:05:00+07:00`).
   */
  readonly payTime?: string;
  /**
   * Payouts: when the payout became final, ISO 8601 with the country's offset
   * (`2026-11-24T14:05:00+07:00`).
   */
  readonly finishTime?: string;
  /** Why the payment or payout failed. */
  readonly errorMsg?: string;
  /**
   * Base64 RSA-SHA256 signature of the other fields with the platform private key. Verify it
   * before trusting anything else in the body.
   */
  readonly sign: string;
}
