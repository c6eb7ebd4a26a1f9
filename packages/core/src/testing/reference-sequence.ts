/**
 * Deterministic provider references: `tp_ch_000001`, `tp_po_000002`, ... One counter per
 * kind, so the same sequence of calls always yields the same references.
 */
export type ReferenceKind = 'ch' | 're' | 'po' | 'st' | 'se' | 'va';

export class ReferenceSequence {
  private readonly counters = new Map<ReferenceKind, number>();

  next(kind: ReferenceKind): string {
    const value = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, value);
    return `tp_${kind}_${String(value).padStart(6, '0')}`;
  }

  /** The next value of a counter as bare digits, `width` wide (virtual account numbers). */
  nextDigits(kind: ReferenceKind, width: number): string {
    const value = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, value);
    return String(value).padStart(width, '0');
  }
}
