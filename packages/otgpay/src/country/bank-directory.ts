/** One bank a merchant can pay out to (or collect through), with its official code. */
export interface BankInfo {
  /** The official code used on the wire (e.g. Bank Indonesia clearing code `014`). */
  readonly code: string;
  /** Full legal or common name. */
  readonly name: string;
  /** Short name merchants use, e.g. `BCA`. */
  readonly shortName: string;
  /** Other names it is known by; matched case-insensitively. */
  readonly aliases?: readonly string[];
  /** SWIFT/BIC, where known. */
  readonly swift?: string;
}

export interface BankDirectory {
  readonly banks: readonly BankInfo[];
  /** By code, short name, full name or alias, case- and space-insensitive. */
  find(query: string): BankInfo | undefined;
  byCode(code: string): BankInfo | undefined;
}

function key(value: string): string {
  return value.toLowerCase().replace(/[\s._-]+/g, '');
}

/** An indexed, read-only bank table. Throws at build time on duplicate codes or names. */
export function createBankDirectory(banks: readonly BankInfo[]): BankDirectory {
  const byCode = new Map<string, BankInfo>();
  const byName = new Map<string, BankInfo>();
  for (const bank of banks) {
    if (byCode.has(bank.code)) throw new Error(`Duplicate bank code ${bank.code}`);
    byCode.set(bank.code, bank);
    for (const name of [bank.name, bank.shortName, ...(bank.aliases ?? [])]) {
      const k = key(name);
      const existing = byName.get(k);
      if (existing && existing !== bank) {
        throw new Error(`Bank name "${name}" is used by ${existing.code} and ${bank.code}`);
      }
      byName.set(k, bank);
    }
  }
  return {
    banks,
    byCode: (code) => byCode.get(code.trim()),
    find: (query) => byCode.get(query.trim()) ?? byName.get(key(query)),
  };
}
