import type { CreateChargeInput, CreatePayoutInput, Normalized } from '@paymux/core';

type Charge = Normalized<CreateChargeInput>;
type Payout = Normalized<CreatePayoutInput>;

/** A valid Indonesian QRIS charge of Rp 150.000, with parts replaced by `patch`. */
export function chargeInput(patch: Partial<Charge> = {}): Charge {
  return {
    reference: 'order-1',
    money: { amount: 15_000_000n, currency: 'IDR' },
    country: 'ID',
    method: { type: 'qr' },
    customer: { name: 'Budi Santoso', email: 'budi@example.co.id', phone: '+62 812-3456-7890' },
    ...patch,
  };
}

/** A valid payout of Rp 250.000 to a BCA account, with parts replaced by `patch`. */
export function payoutInput(patch: Partial<Payout> = {}): Payout {
  return {
    reference: 'payout-1',
    money: { amount: 25_000_000n, currency: 'IDR' },
    country: 'ID',
    destination: { type: 'bank_account', bank: 'BCA', accountNumber: '1234567890' },
    recipient: { name: 'Siti Rahayu', email: 'siti@example.co.id', phone: '081298765432' },
    ...patch,
  };
}
