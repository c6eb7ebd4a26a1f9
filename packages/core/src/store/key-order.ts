const encoder = new TextEncoder();

/** Byte order of the UTF-8 encodings, the order SQL `COLLATE "C"`/BINARY and Redis use. */
export function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  const x = encoder.encode(a);
  const y = encoder.encode(b);
  const length = Math.min(x.length, y.length);
  for (let i = 0; i < length; i++) {
    if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
  }
  return x.length - y.length;
}
