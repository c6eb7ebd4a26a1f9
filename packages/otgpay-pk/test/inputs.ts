import type { CreateChargeInput, CreatePayoutInput, Normalized } from '@paymux/core';

type ChargeOverrides = Partial<Omit<Normalized<CreateChargeInput>, 'customer'>> & {
  customer?: Partial<Normalized<CreateChargeInput>['customer']>;
};

/** A valid JazzCash charge of PKR 1,500.00, with `overrides` applied. */
export function chargeInput(overrides: ChargeOverrides = {}): Normalized<CreateChargeInput> {
  const { customer, ...rest } = overrides;
  return {
    reference: 'order-1',
    money: { amount: 150_000n, currency: 'PKR' },
    country: 'PK',
    method: { type: 'ewallet', channel: 'JAZZCASH' },
    ...rest,
    customer: {
      name: 'Ayesha Khan',
      email: 'ayesha@example.pk',
      phone: '+92 300 1234567',
      nationalId: '35202-1234567-2',
      ...customer,
    },
  };
}

type PayoutOverrides = Partial<Omit<Normalized<CreatePayoutInput>, 'recipient' | 'destination'>> & {
  recipient?: Partial<Normalized<CreatePayoutInput>['recipient']>;
  destination?: Partial<Normalized<CreatePayoutInput>['destination']>;
};

/** A valid payout of PKR 2,500.50 to an MCB IBAN, with `overrides` applied. */
export function payoutInput(overrides: PayoutOverrides = {}): Normalized<CreatePayoutInput> {
  const { recipient, destination, ...rest } = overrides;
  return {
    reference: 'payout-1',
    money: { amount: 250_050n, currency: 'PKR' },
    country: 'PK',
    ...rest,
    destination: {
      type: 'bank_account',
      bank: 'MUCB',
      accountNumber: 'PK24 MUCB 0646 6099 7100 0177',
      ...destination,
    },
    recipient: {
      name: 'Bilal Ahmed',
      email: 'bilal@example.pk',
      phone: '0321-7654321',
      nationalId: '42101-7654321-1',
      ...recipient,
    },
  };
}
