import { ValidationError } from '@paymux/core';
import type { PayoutChannelInfo } from '@paymux/otgpay';
import { checkPakistanIban } from './iban.js';
import { normalizePakistanPhone } from './phone.js';

const FIELD = 'destination.accountNumber';

/**
 * The wire `accountNo` of a Pakistani payout. Bank accounts: the IBAN, normalized, with
 * valid check digits and the bank identifier of the chosen `destination.bank` (so a
 * payout meant for HBL can never go to an IBAN at another bank). Wallets: the wallet's
 * mobile number as `03XXXXXXXXX`. Throws `ValidationError` on `destination.accountNumber`
 * with rule `iban_format`, `iban_checksum`, `iban_bank` or `phone`.
 */
export function normalizePayoutAccount(channel: PayoutChannelInfo, raw: string): string {
  if (channel.accountType === 'EWALLET') {
    const phone = normalizePakistanPhone(raw);
    if (phone === undefined) {
      throw new ValidationError(
        `${FIELD} must be the ${channel.label} mobile number, e.g. 03001234567`,
        {
          field: FIELD,
          rule: 'phone',
        },
      );
    }
    return phone;
  }
  const checked = checkPakistanIban(raw);
  if (!checked.ok) {
    throw checked.reason === 'format'
      ? new ValidationError(
          `${FIELD} must be a 24-character Pakistani IBAN: PK, 2 check digits, 4-letter bank code, 16 digits (e.g. PK36 SCBL 0000 0011 2345 6702)`,
          {
            field: FIELD,
            rule: 'iban_format',
          },
        )
      : new ValidationError(
          `${FIELD} has wrong IBAN check digits (a typing error? check digits are 02-98 and must satisfy ISO 7064 MOD 97-10)`,
          {
            field: FIELD,
            rule: 'iban_checksum',
          },
        );
  }
  if (checked.bankCode !== channel.bankCode) {
    throw new ValidationError(
      `${FIELD} is an IBAN of bank ${checked.bankCode}, but destination.bank is ${channel.bankCode}`,
      { field: FIELD, rule: 'iban_bank' },
    );
  }
  return checked.iban;
}
