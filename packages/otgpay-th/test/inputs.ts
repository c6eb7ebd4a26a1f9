import type { CreateChargeInput, CreatePayoutInput, Normalized } from '@paymux/core';

type Charge = Normalized<CreateChargeInput>;
type Payout = Normalized<CreatePayoutInput>;

/** A valid Thai charge (฿150.00 by PromptPay QR), with `over` replacing top-level fields. */
export function chargeInput(over: Partial<Charge> = {}): Charge {
  return {
    reference: 'order-th-1',
    money: { amount: 15000n, currency: 'THB' },
    country: 'TH',
    method: { type: 'qr' },
    customer: { name: 'Somchai Jaidee', email: 'somchai@example.co.th', phone: '081-234-5678' },
    ...over,
  };
}

/** A valid Thai payout (฿1,000.00 to a KBANK account), with `over` replacing top-level fields. */
export function payoutInput(over: Partial<Payout> = {}): Payout {
  return {
    reference: 'payout-th-1',
    money: { amount: 100000n, currency: 'THB' },
    country: 'TH',
    destination: { type: 'bank_account', bank: '004', accountNumber: '123-4-56789-0' },
    recipient: { name: 'Malee Srisuk', email: 'malee@example.co.th', phone: '+66 91 234 5678' },
    ...over,
  };
}
