/**
 * The wire form of a Thai bank account number: 10 to 12 digits, with the dashes and spaces
 * people write (`123-4-56789-0`) removed. Commercial banks use 10 digits (`xxx-x-xxxxx-x`);
 * state banks such as GSB, GHB and BAAC use 12. Lengths per bank are not enforced: we found no
 * authoritative per-bank table, and refusing a valid account on a guess helps nobody; the
 * receiving bank rejects a wrong number and the payout fails without paying anyone.
 * Undefined when it is not 10–12 digits.
 */
export function normalizeThaiBankAccountNumber(raw: string): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const digits = raw.trim().replace(/[\s()./-]/g, '');
  return /^\d{10,12}$/.test(digits) ? digits : undefined;
}
