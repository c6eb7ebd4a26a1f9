import type { NextAction } from '@paymux/core';
import type { PaymentCreateData } from '../client/wire-types.js';

/** `qrCode` → scan a QR, `bankNo` → pay into a virtual account, else open `payUrl`. */
export function toNextAction(data: PaymentCreateData): NextAction | undefined {
  const url = data.payUrl === '' ? undefined : data.payUrl;
  if (data.qrCode) {
    return { type: 'qr', payload: data.qrCode, ...(url === undefined ? {} : { url }) };
  }
  if (data.bankNo) {
    return {
      type: 'virtual_account',
      bank: data.bankCode ?? '',
      accountNumber: data.bankNo,
      ...(url === undefined ? {} : { url }),
    };
  }
  return url === undefined ? undefined : { type: 'redirect', url };
}
