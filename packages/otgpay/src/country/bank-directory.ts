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
  /** By code (any case), short name, full name or alias, ignoring case and separators. */
  find(query: string): BankInfo | undefined;
  byCode(code: string): BankInfo | undefined;
}

/** A name folded for lookup: case, spaces, dots, dashes, underscores and `!` ignored. */
export function foldName(value: string): string {
  return value.toLowerCase().replace(/[\s._!-]+/g, '');
}

/** An indexed, read-only bank table. Throws at build time on duplicate codes or names. */
export function createBankDirectory(banks: readonly BankInfo[]): BankDirectory {
  const byCode = new Map<string, BankInfo>(); // keyed by upper-case code
  const byName = new Map<string, BankInfo>();
  for (const bank of banks) {
    const code = bank.code.toUpperCase();
    if (byCode.has(code)) throw new Error(`Duplicate bank code ${bank.code}`);
    byCode.set(code, bank);
    for (const name of [bank.name, bank.shortName, ...(bank.aliases ?? [])]) {
      const k = foldName(name);
      const existing = byName.get(k);
      if (existing && existing !== bank) {
        throw new Error(`Bank name "${name}" is used by ${existing.code} and ${bank.code}`);
      }
      byName.set(k, bank);
    }
  }
  return {
    banks,
    byCode: (code) => byCode.get(code.trim().toUpperCase()),
    find: (query) => byCode.get(query.trim().toUpperCase()) ?? byName.get(foldName(query)),
  };
}
