/** An Indonesian e-wallet: the upper-case code OTGPAY uses for it and the names merchants use. */
export interface Ewallet {
  /** Wire code: `inBankCode` for collection, `bankCode` for payouts. */
  readonly code: string;
  readonly label: string;
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

function key(value: string): string {
  return value.toUpperCase().replace(/[\s._!-]+/g, '');
}

const BY_KEY = new Map<string, Ewallet>(
  INDONESIA_EWALLETS.flatMap((w) => [w.code, w.label, ...w.aliases].map((n) => [key(n), w])),
);

/** The e-wallet named by its code, label or alias, ignoring case, spaces, dots and dashes. */
export function findEwallet(query: string): Ewallet | undefined {
  return typeof query === 'string' ? BY_KEY.get(key(query)) : undefined;
}
