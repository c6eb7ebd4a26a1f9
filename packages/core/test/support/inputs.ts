import type { CreateChargeInput, CreatePayoutInput } from '../../src/index.js';

export function chargeInput(overrides: Partial<CreateChargeInput> = {}): CreateChargeInput {
  return {
    reference: 'order-1',
    money: { amount: 15000000n, currency: 'IDR' },
    country: 'ID',
    method: { type: 'qr' },
    customer: { name: 'Budi Santoso', email: 'budi@example.com', phone: '081234567890' },
    ...overrides,
  };
}

export function payoutInput(overrides: Partial<CreatePayoutInput> = {}): CreatePayoutInput {
  return {
    reference: 'payout-1',
    money: { amount: 5000000n, currency: 'IDR' },
    country: 'ID',
    destination: { type: 'bank_account', bank: '014', accountNumber: '1234567890' },
    recipient: { name: 'Siti Aminah', email: 'siti@example.com', phone: '081298765432' },
    ...overrides,
  };
}

/** Retry options without waiting: records every requested delay. */
export function instantRetry(maxAttempts = 3) {
  const delays: number[] = [];
  return {
    delays,
    options: {
      maxAttempts,
      baseDelayMs: 100,
      maxDelayMs: 1000,
      random: () => 0.5,
      sleep: async (ms: number) => {
        delays.push(ms);
      },
    },
  };
}
