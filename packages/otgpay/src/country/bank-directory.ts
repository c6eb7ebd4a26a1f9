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

/**
 * A country's banks (or wallets) indexed for lookup, from {@link createBankDirectory}: how
 * `destination.bank: 'Bank Central Asia'` and `method.channel: 'kbank'` become wire codes.
 */
export interface BankDirectory {
  /** Every entry, in table order. */
  readonly banks: readonly BankInfo[];
  /** By code (any case), short name, full name or alias, ignoring case and separators. */
  find(query: string): BankInfo | undefined;
  /** By exact code only (case and surrounding spaces ignored). */
  byCode(code: string): BankInfo | undefined;
}

/** A name folded for lookup: case, spaces, dots, dashes, underscores and `!` ignored. */
export function foldName(value: string): string {
  return value.toLowerCase().replace(/[\s._!-]+/g, '');
}

/** Words that only say "a bank" or give the legal form; left out by `looseName`. */
const LEGAL_WORDS =
  /\b(bank|banking|limited|ltd|plc|pcl|tbk|pt|persero|public|company|corporation|berhad)\b|ธนาคาร|จำกัด|\(มหาชน\)|มหาชน/giu;

/**
 * A name folded more loosely: as `foldName`, and without the words that only say "bank" or
 * give the legal form, so `Habib Metropolitan Bank` finds `Habib Metropolitan Bank Limited`
 * and `TMBThanachart` finds `TMBThanachart Bank`.
 */
export function looseName(value: string): string {
  return foldName(value.replace(LEGAL_WORDS, ' ').replace(/[()]/g, ' '));
}

/**
 * An indexed, read-only bank table. Throws at build time on duplicate codes or names. A query
 * matches a code, then a name or alias (`foldName`), then — only where it names one bank —
 * a name without its legal words (`looseName`).
 */
export function createBankDirectory(banks: readonly BankInfo[]): BankDirectory {
  const byCode = new Map<string, BankInfo>(); // keyed by upper-case code
  const byName = new Map<string, BankInfo>();
  const byLoose = new Map<string, BankInfo | null>(); // null: two banks share the loose name
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
      const loose = looseName(name);
      if (loose === '') continue;
      const seen = byLoose.get(loose);
      byLoose.set(loose, seen === undefined || seen === bank ? bank : null);
    }
  }
  return {
    banks,
    byCode: (code) => byCode.get(code.trim().toUpperCase()),
    find: (query) =>
      byCode.get(query.trim().toUpperCase()) ??
      byName.get(foldName(query)) ??
      byLoose.get(looseName(query)) ??
      undefined,
  };
}
