import type { CollectionMethodInfo } from '@paymux/otgpay';

/** The wallet code OTGPAY takes for TrueMoney Wallet, in `inBankCode` and payout `bankCode`. */
export const TRUEMONEY = 'TRUEMONEY';
/** The code OTGPAY takes for PromptPay, in `inBankCode` (QR) and payout `bankCode`. */
export const PROMPTPAY = 'PROMPTPAY';

/** THB minor units (ISO 4217 exponent 2): `thb(150)` is ฿150.00, i.e. `15000n`. */
function thb(baht: bigint): bigint {
  return baht * 100n;
}

/**
 * Mobile banking (app-to-app / redirect) by bank. `channel` and `inBankCode` are the Bank of
 * Thailand code. Limits: minimum ฿1.00 and per-bank maximums as published by PPRO for Thai
 * online banking (developerhub.ppro.com/global-api/docs/thailand-banks, checked 2026-07):
 * KBANK and KTB ฿500,000.00; BBL, SCB and BAY ฿200,000.00. OTGPAY publishes no limits.
 */
const MOBILE_BANKING: readonly { code: string; label: string; max: bigint }[] = [
  { code: '014', label: 'SCB Easy (SCB mobile banking)', max: thb(200_000n) },
  { code: '004', label: 'K PLUS (KBANK mobile banking)', max: thb(500_000n) },
  { code: '006', label: 'Krungthai NEXT (KTB mobile banking)', max: thb(500_000n) },
  { code: '002', label: 'Bangkok Bank Mobile Banking (BBL)', max: thb(200_000n) },
  { code: '025', label: 'KMA (Krungsri mobile banking)', max: thb(200_000n) },
];

/**
 * Ways a payer can pay in Thailand through OTGPAY. Limits are inclusive, in THB minor units.
 * OTGPAY publishes no per-method limits, so these are our defaults, taken from acquirers'
 * published limits (checked 2026-07) and overridable with `thailand({ limits })`:
 * - PromptPay QR ฿1.00–฿700,000.00 (Xendit, QR PromptPay);
 * - TrueMoney Wallet ฿1.00–฿30,000.00 per transaction (Antom, TrueMoney; Xendit allows
 *   ฿50,000.00 — the lower figure is kept);
 * - mobile banking: see `MOBILE_BANKING` above.
 */
export const THAI_METHODS: readonly CollectionMethodInfo[] = [
  {
    method: { type: 'qr' },
    label: 'PromptPay QR (Thai QR Payment)',
    payType: 'QR',
    inBankCode: PROMPTPAY,
    minAmount: thb(1n),
    maxAmount: thb(700_000n),
  },
  ...MOBILE_BANKING.map(
    (m): CollectionMethodInfo => ({
      method: { type: 'mobile_banking', channel: m.code },
      label: m.label,
      payType: 'MOBILE_BANKING',
      inBankCode: m.code,
      minAmount: thb(1n),
      maxAmount: m.max,
    }),
  ),
  {
    method: { type: 'ewallet', channel: TRUEMONEY },
    label: 'TrueMoney Wallet',
    payType: 'EWALLET',
    inBankCode: TRUEMONEY,
    minAmount: thb(1n),
    maxAmount: thb(30_000n),
  },
];
