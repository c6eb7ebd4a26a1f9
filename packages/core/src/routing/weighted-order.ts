/**
 * Orders ids by a weighted draw: the first is picked at random in proportion to its
 * weight (`random()` in [0, 1)); the rest follow by descending weight, ties in the given
 * order. Ids with weight <= 0 are never picked first but stay as last fallbacks.
 */
export function weightedOrder(
  weights: ReadonlyArray<readonly [string, number]>,
  random: () => number,
): string[] {
  const byWeight = [...weights].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  const positive = weights.filter(([, weight]) => weight > 0);
  const total = positive.reduce((sum, [, weight]) => sum + weight, 0);
  if (total <= 0) return byWeight;
  let point = random() * total;
  let first = positive[positive.length - 1]?.[0];
  for (const [id, weight] of positive) {
    if (point < weight) {
      first = id;
      break;
    }
    point -= weight;
  }
  return [first as string, ...byWeight.filter((id) => id !== first)];
}
