import type { CountryAdapter } from '@paymux/otgpay';
import { indonesia } from '@paymux/otgpay-id';
import { pakistan } from '@paymux/otgpay-pk';
import { thailand } from '@paymux/otgpay-th';

export type CountryCode = 'ID' | 'TH' | 'PK';

/** A market the demo store sells in: its OTGPAY country adapter and sample people. */
export interface Market {
  readonly code: CountryCode;
  readonly name: string;
  readonly currency: string;
  readonly adapter: CountryAdapter;
  /** Provider instance id (`otgpay-id` …): the webhook endpoint's last path segment. */
  readonly providerId: string;
  readonly sampleCustomer: {
    readonly name: string;
    readonly email: string;
    readonly phone: string;
    readonly nationalId?: string;
  };
  /** A typical basket, as the amount field shows it (major units). */
  readonly sampleAmount: string;
  /** One valid payout row for the sample CSV. */
  readonly samplePayout: { readonly bank: string; readonly accountNumber: string };
}

const build = (
  code: CountryCode,
  name: string,
  adapter: CountryAdapter,
  rest: Pick<Market, 'sampleCustomer' | 'sampleAmount' | 'samplePayout'>,
): Market => ({
  code,
  name,
  currency: adapter.currency,
  adapter,
  providerId: `otgpay-${code.toLowerCase()}`,
  ...rest,
});

export const MARKETS: readonly Market[] = [
  build('ID', 'Indonesia', indonesia(), {
    sampleCustomer: { name: 'Siti Rahma', email: 'siti@example.id', phone: '0812 3456 7890' },
    sampleAmount: '150000',
    samplePayout: { bank: 'BCA', accountNumber: '1234567890' },
  }),
  build('TH', 'Thailand', thailand(), {
    sampleCustomer: { name: 'Malee Srisuk', email: 'malee@example.co.th', phone: '091-234-5678' },
    sampleAmount: '1500.00',
    samplePayout: { bank: 'SCB', accountNumber: '1234567890' },
  }),
  build('PK', 'Pakistan', pakistan(), {
    sampleCustomer: {
      name: 'Ayesha Khan',
      email: 'ayesha@example.pk',
      phone: '0300 1234567',
      nationalId: '35202-1234567-2',
    },
    sampleAmount: '1500.00',
    samplePayout: { bank: 'MCB', accountNumber: 'PK24MUCB0646609971000177' },
  }),
];

export function market(code: string | undefined): Market | undefined {
  return MARKETS.find((m) => m.code === code?.toUpperCase());
}

export function marketOfCurrency(currency: string): Market | undefined {
  return MARKETS.find((m) => m.currency === currency);
}
