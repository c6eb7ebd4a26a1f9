import type { CollectionMethodInfo } from '@paymux/otgpay';
import { indonesiaBanks } from './banks.js';
import { INDONESIA_EWALLETS } from './ewallets.js';

/** Rupiah to IDR minor units (ISO 4217 exponent 2): `rupiah(150_000n)` is `15000000n`. */
function rupiah(whole: bigint): bigint {
  return whole * 100n;
}

/** Protocol §5 (family rule, enforced by OTGPAY): QRIS takes Rp 10.000 to Rp 10.000.000. */
export const QRIS_LIMITS = {
  /** Rp 10.000, in IDR minor units (`1_000_000n`). */
  min: rupiah(10_000n),
  /** Rp 10.000.000, in IDR minor units (`1_000_000_000n`). */
  max: rupiah(10_000_000n),
} as const;
/**
 * Our default, not an OTGPAY figure: Rp 10.000 to Rp 50.000.000 per virtual-account payment.
 * Override with `indonesia({ limits: { virtual_account: { max } } })`.
 */
export const VIRTUAL_ACCOUNT_LIMITS = {
  /** Rp 10.000, in IDR minor units. */
  min: rupiah(10_000n),
  /** Rp 50.000.000, in IDR minor units. */
  max: rupiah(50_000_000n),
} as const;
/**
 * Our default, not an OTGPAY figure: Rp 10.000 to Rp 10.000.000 per e-wallet payment (the
 * conservative end of wallet balance caps; merchants with higher limits override it).
 */
export const EWALLET_LIMITS = {
  /** Rp 10.000, in IDR minor units. */
  min: rupiah(10_000n),
  /** Rp 10.000.000, in IDR minor units. */
  max: rupiah(10_000_000n),
} as const;

/**
 * Banks offering virtual accounts through OTGPAY, by clearing code: BCA 014, Mandiri 008,
 * BRI 002, BNI 009, Permata 013, CIMB Niaga 022, Danamon 011, BSI 451. The code is
 * `method.channel` of a `virtual_account` charge (the bank's name works too) and is sent as
 * `inBankCode`.
 */
export const VIRTUAL_ACCOUNT_BANKS: readonly string[] = [
  '014',
  '008',
  '002',
  '009',
  '013',
  '022',
  '011',
  '451',
];

/** The acquiring bank sent with QRIS, as in the OTGPAY seed example (`"inBankCode":"014"`). */
export const DEFAULT_QRIS_BANK = '014';

function limits(range: { readonly min: bigint; readonly max: bigint }) {
  return { minAmount: range.min, maxAmount: range.max };
}

/**
 * Indonesian collection methods: QRIS, a virtual account per bank of
 * {@link VIRTUAL_ACCOUNT_BANKS}, and the five e-wallets, with their default limits.
 *
 * @param qrisBank - clearing code sent as `inBankCode` with QRIS (default {@link DEFAULT_QRIS_BANK})
 */
export function indonesiaMethods(
  qrisBank: string = DEFAULT_QRIS_BANK,
): readonly CollectionMethodInfo[] {
  const qris: CollectionMethodInfo = {
    method: { type: 'qr' },
    label: 'QRIS',
    payType: 'QR',
    inBankCode: qrisBank,
    ...limits(QRIS_LIMITS),
  };
  const virtualAccounts = VIRTUAL_ACCOUNT_BANKS.map((code): CollectionMethodInfo => {
    const bank = indonesiaBanks.byCode(code);
    if (!bank) throw new Error(`Virtual-account bank ${code} is missing from the bank table`);
    return {
      method: { type: 'virtual_account', channel: code },
      label: `${bank.shortName} Virtual Account`,
      payType: 'VA',
      inBankCode: code,
      ...limits(VIRTUAL_ACCOUNT_LIMITS),
    };
  });
  const ewallets = INDONESIA_EWALLETS.map(
    (wallet): CollectionMethodInfo => ({
      method: { type: 'ewallet', channel: wallet.code },
      label: wallet.label,
      payType: 'EWALLET',
      inBankCode: wallet.code,
      ...limits(EWALLET_LIMITS),
    }),
  );
  return [qris, ...virtualAccounts, ...ewallets];
}
