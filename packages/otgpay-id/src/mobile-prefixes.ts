/**
 * The four-digit prefixes (with the trunk 0) assigned to Indonesian mobile operators. A
 * number on any other `08xx` prefix (`0841…`, `0861…`, `0800` toll-free, `0809` premium) is
 * no mobile number and is refused before it reaches a payment.
 *
 * Sources: Wikipedia, "Telephone numbers in Indonesia", section "Mobile phone"
 * (https://en.wikipedia.org/wiki/Telephone_numbers_in_Indonesia); the operators' published
 * prefix lists as collected by Gadgetren, "Kode prefix nomor operator seluler di Indonesia"
 * (https://gadgetren.com/2021/06/04/kode-prefix-nomor-operator-seluler-di-indonesia-132196/).
 * Mobile number portability keeps a number on its original prefix, so the list holds even
 * when a subscriber changes operator.
 */
export const INDONESIA_MOBILE_PREFIXES: Readonly<Record<string, readonly string[]>> = {
  Telkomsel: ['0811', '0812', '0813', '0821', '0822', '0823', '0851', '0852', '0853'],
  'Indosat Ooredoo (IM3, Mentari)': ['0814', '0815', '0816', '0855', '0856', '0857', '0858'],
  'XL Axiata (XL)': ['0817', '0818', '0819', '0859', '0877', '0878'],
  'XL Axiata (AXIS)': ['0831', '0832', '0833', '0838'],
  'Indosat Ooredoo Hutchison (Tri)': ['0895', '0896', '0897', '0898', '0899'],
  Smartfren: ['0881', '0882', '0883', '0884', '0885', '0886', '0887', '0888', '0889'],
  'PSN (satellite)': ['0868'],
};

const ASSIGNED = new Set(Object.values(INDONESIA_MOBILE_PREFIXES).flat());

/** True when `wire` (`08…`) starts with a prefix assigned to a mobile operator. */
export function hasAssignedMobilePrefix(wire: string): boolean {
  return ASSIGNED.has(wire.slice(0, 4));
}
