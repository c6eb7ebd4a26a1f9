import type { Country } from '../countries.js';
import { illegal, paramNull } from '../errors.js';
import { majorToMinor } from '../money.js';
import { isDate } from '../time.js';
import {
  ACCOUNT_RULE,
  CNIC_RULE,
  CODE_RULE,
  EMAIL_RULE,
  ID_RULE,
  isBlank,
  NAME_RULE,
  optionalInt,
  optionalString,
  type Params,
  requiredAmount,
  requiredString,
  URL_RULE,
} from './fields.js';

/** Per-endpoint request rules (protocol §4, §5). */

/** payType values the sandbox accepts (any country). */
export const PAY_TYPES = ['QR', 'VA', 'EWALLET', 'BANK_TRANSFER', 'MOBILE_BANKING'] as const;
export type PayType = (typeof PAY_TYPES)[number];
/** `accountType` values the sandbox accepts on payouts (protocol §4). */
export const ACCOUNT_TYPES = ['BANK_ACCOUNT', 'EWALLET'] as const;

const IDR_QR_MIN = 10_000n;
const IDR_QR_MAX = 10_000_000n;

export interface PaymentInput {
  orderId: string;
  amount: bigint;
  wireAmount: string;
  payType: PayType;
  inBankCode: string;
  name: string;
  phone: string;
  email: string;
  notifyUrl?: string;
  callBackUrl?: string;
  partnerUserId?: string;
  idCard?: string;
  subject?: string;
}

function currencyMatches(p: Params, country: Country): void {
  const currency = optionalString(p, 'currency');
  if (currency !== undefined && currency !== country.currency) throw illegal('currency');
}

/** `o` without its undefined fields. */
function pick<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(o)) {
    const value = (o as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = value;
  }
  return out as T;
}

export function paymentCreate(p: Params, country: Country): PaymentInput {
  const orderId = requiredString(p, 'orderId', ID_RULE);
  const amount = requiredAmount(p, 'amount', country);
  const payType = requiredString(p, 'payType') as PayType;
  if (!PAY_TYPES.includes(payType)) throw illegal('payType');
  if (country.code === 'ID' && payType === 'QR') {
    const min = majorToMinor(IDR_QR_MIN, country);
    const max = majorToMinor(IDR_QR_MAX, country);
    if (amount < min || amount > max) throw illegal('amount');
  }
  const inBankCode = requiredString(p, 'inBankCode', CODE_RULE);
  const name = requiredString(p, 'name', NAME_RULE);
  const phone = requiredString(p, 'phone', { pattern: country.phone });
  const email = requiredString(p, 'email', EMAIL_RULE);
  const jazzCash = payType === 'EWALLET' && inBankCode.toUpperCase() === 'JAZZCASH';
  const idCard =
    country.code === 'PK' && jazzCash
      ? requiredString(p, 'idCard', CNIC_RULE)
      : country.code === 'PK'
        ? optionalString(p, 'idCard', CNIC_RULE)
        : optionalString(p, 'idCard', { max: 32 });
  currencyMatches(p, country);
  return pick({
    orderId,
    amount,
    wireAmount: p['amount'] as string,
    payType,
    inBankCode,
    name,
    phone,
    email,
    notifyUrl: optionalString(p, 'notifyUrl', URL_RULE),
    callBackUrl: optionalString(p, 'callBackUrl', URL_RULE),
    partnerUserId: optionalString(p, 'partnerUserId', { max: 64 }),
    idCard,
    subject: optionalString(p, 'subject', { max: 128 }),
  });
}

export interface RefundInput {
  refundId: string;
  amount: bigint;
  reason?: string;
}

export function refund(p: Params, country: Country): RefundInput {
  return pick({
    refundId: requiredString(p, 'refundId', ID_RULE),
    amount: requiredAmount(p, 'amount', country),
    reason: optionalString(p, 'reason', { max: 256 }),
  });
}

export interface PayoutInput {
  orderId: string;
  amount: bigint;
  accountType: string;
  bankCode: string;
  accountNo: string;
  name: string;
  phone: string;
  email: string;
  notifyUrl?: string;
  idCard?: string;
}

export function payout(p: Params, country: Country, defaultNotifyUrl?: string): PayoutInput {
  const orderId = requiredString(p, 'orderId', ID_RULE);
  const amount = requiredAmount(p, 'amount', country);
  const accountType = requiredString(p, 'accountType');
  if (!(ACCOUNT_TYPES as readonly string[]).includes(accountType)) throw illegal('accountType');
  const bankCode = requiredString(p, 'bankCode', CODE_RULE);
  const accountNo = requiredString(p, 'accountNo', ACCOUNT_RULE);
  if (country.code === 'TH' && bankCode.toUpperCase() === 'PROMPTPAY') {
    if (!/^(\d{10}|\d{13})$/.test(accountNo)) throw illegal('accountNo');
  }
  const name = requiredString(p, 'name', NAME_RULE);
  const phone = requiredString(p, 'phone', { pattern: country.phone });
  const email = requiredString(p, 'email', EMAIL_RULE);
  const idCard =
    country.code === 'PK'
      ? requiredString(p, 'idCard', CNIC_RULE)
      : optionalString(p, 'idCard', { max: 32 });
  currencyMatches(p, country);
  return pick({
    orderId,
    amount,
    accountType,
    bankCode,
    accountNo,
    name,
    phone,
    email,
    notifyUrl: optionalString(p, 'notifyUrl', URL_RULE) ?? defaultNotifyUrl,
    idCard,
  });
}

export interface BatchInput {
  batchId: string;
  items: unknown[];
  notifyUrl?: string;
}

export const MAX_BATCH = 500;

export function batch(p: Params): BatchInput {
  const batchId = requiredString(p, 'batchId', ID_RULE);
  const items = p['items'];
  if (isBlank(items)) throw paramNull('items');
  if (!Array.isArray(items)) throw illegal('items');
  if (items.length === 0) throw paramNull('items');
  if (items.length > MAX_BATCH) throw illegal('items');
  return pick({ batchId, items, notifyUrl: optionalString(p, 'notifyUrl', URL_RULE) });
}

export interface RangeInput {
  startDate: string;
  endDate: string;
  page: number;
  pageSize: number;
}

export function range(p: Params): RangeInput {
  const startDate = requiredString(p, 'startDate');
  if (!isDate(startDate)) throw illegal('startDate');
  const endDate = requiredString(p, 'endDate');
  if (!isDate(endDate) || endDate < startDate) throw illegal('endDate');
  return {
    startDate,
    endDate,
    page: optionalInt(p, 'page', 1, 1_000_000) ?? 1,
    pageSize: optionalInt(p, 'pageSize', 1, 100) ?? 20,
  };
}
