/**
 * A feed of `count` programmes made from `base` (a parsed feed such as
 * examples/feeds/aanbod.json): the base programmes first, then variations of them in
 * other towns, locations, organisations, days, times and languages of help.
 * Deterministic for the same base, count and seed.
 */
export function generateFeed<T extends { programmes: unknown[] }>(
  base: T,
  count: number,
  options?: { seed?: number; updated?: string },
): T;
