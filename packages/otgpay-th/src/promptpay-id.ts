import { normalizeThaiCitizenId } from './citizen-id.js';
import { normalizeThaiPhone } from './phone.js';

/**
 * The wire form of a PromptPay id: a 10-digit mobile number `0XXXXXXXXX` (written in any form
 * `normalizeThaiPhone` takes) or a 13-digit citizen id with a valid check digit. Undefined
 * otherwise. A 13-digit string is a citizen id only if it starts with 1–8, so the
 * international phone form `0066XXXXXXXXX` (13 digits, leading 0) is never mistaken for one.
 * Company tax ids and 15-digit e-wallet ids are not accepted.
 */
export function normalizePromptPayId(raw: string): string | undefined {
  if (typeof raw !== 'string') return undefined;
  return normalizeThaiCitizenId(raw) ?? normalizeThaiPhone(raw);
}
