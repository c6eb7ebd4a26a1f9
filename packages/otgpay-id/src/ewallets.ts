import { type BankDirectory, createBankDirectory } from '@paymux/otgpay';

/** An Indonesian e-wallet: the upper-case code OTGPAY uses for it and the names merchants use. */
export interface Ewallet {
  /** Wire code: `inBankCode` for collection, `bankCode` for payouts. */
  readonly code: string;
  /** The brand as payers know it (`GoPay`), shown in method and channel labels. */
  readonly label: string;
  /** Other names merchants write (`Gojek`, `Shopee Pay`), matched ignoring case and separators. */
  readonly aliases: readonly string[];
}

/** The five mainstream e-wallets (each is a Bank Indonesia licensed e-money issuer). */
export const INDONESIA_EWALLETS: readonly Ewallet[] = [
  { code: 'OVO', label: 'OVO', aliases: [] },
  { code: 'DANA', label: 'DANA', aliases: [] },
  { code: 'GOPAY', label: 'GoPay', aliases: ['GO-PAY', 'Gojek'] },
  { code: 'SHOPEEPAY', label: 'ShopeePay', aliases: ['Shopee Pay', 'Shopee'] },
  { code: 'LINKAJA', label: 'LinkAja', aliases: ['Link Aja', 'LinkAja!'] },
];

/** Wallet lookup by code, label or alias, ignoring case and separators (`Shopee Pay`, `Gojek`). */
export const indonesiaEwallets: BankDirectory = createBankDirectory(
  INDONESIA_EWALLETS.map((w) => ({
    code: w.code,
    name: w.label,
    shortName: w.label,
    aliases: w.aliases,
  })),
);

/** The e-wallet named by its code, label or alias, ignoring case, spaces, dots and dashes. */
export function findEwallet(query: string): Ewallet | undefined {
  const code = typeof query === 'string' ? indonesiaEwallets.find(query)?.code : undefined;
  return INDONESIA_EWALLETS.find((w) => w.code === code);
}
