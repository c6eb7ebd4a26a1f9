import { ValidationError } from '@paymux/core';
import type { CollectionMethodInfo } from '@paymux/otgpay';
import { indonesiaBanks } from './banks.js';
import { INDONESIA_EWALLETS } from './ewallets.js';

/** Rupiah to IDR minor units (ISO 4217 exponent 2): `rupiah(150_000n)` is `15000000n`. */
function rupiah(whole: bigint): bigint {
  return whole * 100n;
}

/** Inclusive amount limits in IDR minor units (Rp 10.000 is `1000000n`). */
export interface AmountLimits {
  readonly min?: bigint;
  readonly max?: bigint;
}

/**
 * Limit overrides, keyed by method family (`qr`, `virtual_account`, `ewallet`) or by one
 * method (`virtual_account:014`, `ewallet:OVO`); the specific key wins over the family.
 */
export type IndonesiaLimitOverrides = Readonly<Record<string, AmountLimits>>;

/** Protocol §5 (family rule, enforced by OTGPAY): QRIS takes Rp 10.000 to Rp 10.000.000. */
export const QRIS_LIMITS = { min: rupiah(10_000n), max: rupiah(10_000_000n) } as const;
/** Our default, not an OTGPAY figure: Rp 10.000 to Rp 50.000.000 per virtual-account payment. */
export const VIRTUAL_ACCOUNT_LIMITS = { min: rupiah(10_000n), max: rupiah(50_000_000n) } as const;
/**
 * Our default, not an OTGPAY figure: Rp 10.000 to Rp 10.000.000 per e-wallet payment (the
 * conservative end of wallet balance caps; merchants with higher limits override it).
 */
export const EWALLET_LIMITS = { min: rupiah(10_000n), max: rupiah(10_000_000n) } as const;

/** Banks offering virtual accounts through OTGPAY, by clearing code. */
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

function limitsFor(
  overrides: IndonesiaLimitOverrides,
  family: string,
  channel: string | undefined,
  defaults: { readonly min: bigint; readonly max: bigint },
): { minAmount: bigint; maxAmount: bigint } {
  const specificKey = channel === undefined ? family : `${family}:${channel}`;
  const specific = overrides[specificKey] ?? {};
  const general = overrides[family] ?? {};
  const minAmount = specific.min ?? general.min ?? defaults.min;
  const maxAmount = specific.max ?? general.max ?? defaults.max;
  const field = `limits.${specificKey}`;
  for (const [name, value] of [
    ['min', minAmount],
    ['max', maxAmount],
  ] as const) {
    if (typeof value !== 'bigint' || value <= 0n) {
      throw new ValidationError(`${field}.${name} must be a positive bigint of IDR minor units`, {
        field: `${field}.${name}`,
        rule: 'minimum',
      });
    }
    if (value % 100n !== 0n) {
      throw new ValidationError(`${field}.${name} must be whole rupiah (a multiple of 100n)`, {
        field: `${field}.${name}`,
        rule: 'precision',
      });
    }
  }
  if (minAmount > maxAmount) {
    throw new ValidationError(`${field}.min is above ${field}.max`, {
      field: `${field}.min`,
      rule: 'maximum',
    });
  }
  return { minAmount, maxAmount };
}

function checkOverrideKeys(overrides: IndonesiaLimitOverrides, known: ReadonlySet<string>) {
  for (const k of Object.keys(overrides)) {
    if (!known.has(k)) {
      throw new ValidationError(`limits.${k} names no Indonesian method`, {
        field: `limits.${k}`,
        rule: 'enum',
      });
    }
  }
}

/** Indonesian collection methods: QRIS, a virtual account per bank, and five e-wallets. */
export function indonesiaMethods(
  overrides: IndonesiaLimitOverrides = {},
  qrisBank: string = DEFAULT_QRIS_BANK,
): readonly CollectionMethodInfo[] {
  const qris: CollectionMethodInfo = {
    method: { type: 'qr' },
    label: 'QRIS',
    payType: 'QR',
    inBankCode: qrisBank,
    ...limitsFor(overrides, 'qr', undefined, QRIS_LIMITS),
  };
  const virtualAccounts = VIRTUAL_ACCOUNT_BANKS.map((code): CollectionMethodInfo => {
    const bank = indonesiaBanks.byCode(code);
    if (!bank) throw new Error(`Virtual-account bank ${code} is missing from the bank table`);
    return {
      method: { type: 'virtual_account', channel: code },
      label: `${bank.shortName} Virtual Account`,
      payType: 'VA',
      inBankCode: code,
      ...limitsFor(overrides, 'virtual_account', code, VIRTUAL_ACCOUNT_LIMITS),
    };
  });
  const ewallets = INDONESIA_EWALLETS.map(
    (wallet): CollectionMethodInfo => ({
      method: { type: 'ewallet', channel: wallet.code },
      label: wallet.label,
      payType: 'EWALLET',
      inBankCode: wallet.code,
      ...limitsFor(overrides, 'ewallet', wallet.code, EWALLET_LIMITS),
    }),
  );
  const methods = [qris, ...virtualAccounts, ...ewallets];
  checkOverrideKeys(
    overrides,
    new Set([
      'qr',
      'virtual_account',
      'ewallet',
      ...methods.filter((m) => m.method.channel).map((m) => `${m.method.type}:${m.method.channel}`),
    ]),
  );
  return methods;
}
