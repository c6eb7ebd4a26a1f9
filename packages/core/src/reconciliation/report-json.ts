import type { ReconciliationReport } from './report.js';

/** Plain JSON data: bigint → decimal string, Date → ISO string, object keys sorted. */
function canonical(value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const field = (value as Record<string, unknown>)[key];
      if (field !== undefined) out[key] = canonical(field);
    }
    return out;
  }
  return value;
}

/**
 * The report as deterministic JSON: the same report gives the same bytes (keys sorted,
 * amounts as strings of minor units, times in UTC ISO 8601, items sorted by id, 2-space
 * indent, final newline).
 */
export function reportToJson(report: ReconciliationReport): string {
  return `${JSON.stringify(canonical(report), null, 2)}\n`;
}
