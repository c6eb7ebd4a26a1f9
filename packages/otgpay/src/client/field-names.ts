import type { WireOperation } from './operation.js';

/**
 * OTGPAY wire field names mapped back to the neutral input path a merchant passed, so a
 * provider refusal names the same field a local `ValidationError` would.
 */
const COMMON: Readonly<Record<string, string>> = {
  amount: 'money.amount',
  currency: 'money.currency',
  orderId: 'reference',
  refundId: 'reference',
  batchId: 'reference',
  notifyUrl: 'notifyUrl',
  callBackUrl: 'returnUrl',
  subject: 'description',
  reason: 'reason',
  payType: 'method.type',
  inBankCode: 'method.channel',
  accountType: 'destination.type',
  bankCode: 'destination.bank',
  accountNo: 'destination.accountNumber',
  startDate: 'startDate',
  endDate: 'endDate',
  page: 'page',
  pageSize: 'pageSize',
};

const PARTY: Readonly<Record<string, string>> = {
  name: 'name',
  phone: 'phone',
  email: 'email',
  idCard: 'nationalId',
  partnerUserId: 'id',
};

/** The neutral path of wire field `wire` for an operation on `subject`. */
export function neutralField(wire: string, subject: WireOperation['subject']): string {
  const party = PARTY[wire];
  if (party !== undefined) {
    return `${subject === 'payout' ? 'recipient' : 'customer'}.${party}`;
  }
  return COMMON[wire] ?? wire;
}
