import type { CreateChargeInput, CreatePayoutInput } from '@paymux/core';

export const NOTIFY_URL = 'https://merchant.example/otgpay/callback';

/** A QRIS charge of Rp 150.000; `reference` makes it unique. */
export function chargeInput(reference: string): CreateChargeInput {
  return {
    reference,
    money: { amount: 15_000_000n, currency: 'IDR' },
    country: 'ID',
    method: { type: 'qr' },
    customer: { name: 'Budi Santoso', email: 'budi@example.com', phone: '081234567890' },
  };
}

/** The wire body paymux sends for `chargeInput` (what the hand-written client sends too). */
export function chargeWire(orderId: string): Record<string, unknown> {
  return {
    orderId,
    amount: '150000',
    payType: 'QR',
    inBankCode: '014',
    name: 'Budi Santoso',
    phone: '081234567890',
    email: 'budi@example.com',
    notifyUrl: NOTIFY_URL,
  };
}

/** A Rp 10.000 payout to a BCA account. */
export function payoutInput(reference: string): CreatePayoutInput {
  return {
    reference,
    money: { amount: 1_000_000n, currency: 'IDR' },
    country: 'ID',
    destination: { type: 'bank_account', bank: 'BCA', accountNumber: '1234567890' },
    recipient: { name: 'Siti Rahma', email: 'siti@example.com', phone: '081298765432' },
  };
}

/** The wire item paymux sends for `payoutInput`. */
export function payoutWire(orderId: string): Record<string, unknown> {
  return {
    orderId,
    amount: '10000',
    accountType: 'BANK_ACCOUNT',
    bankCode: '014',
    accountNo: '1234567890',
    name: 'Siti Rahma',
    phone: '081298765432',
    email: 'siti@example.com',
  };
}

/** A run-unique prefix so references never collide across rounds or runs. */
export const RUN = `${Date.now().toString(36)}${process.pid.toString(36)}`;
