import { editDistance } from '../template/near-miss';

/**
 * The handle of `known` a mistyped `handle` most likely meant: within edit distance 2 for a handle
 * of 8 characters or more, 1 under that (as near-miss labels: over the corpus's 759 handles, 2
 * changes to a shorter one name someone else, `ctiller` and `dhiller`, `pacoxu` and `wackxu`),
 * case aside; the nearest, then the first in alphabetical order; never the handle itself nor one of
 * `excluded` (known not to exist).
 */
export function closestHandle(handle: string, known: readonly string[], excluded: ReadonlySet<string> = new Set()): string | undefined {
  const wanted = handle.toLowerCase();
  const allowed = wanted.length >= 8 ? 2 : 1;
  let best: { handle: string; distance: number } | undefined;
  for (const candidate of known) {
    const lower = candidate.toLowerCase();
    if (lower === wanted || excluded.has(lower)) continue;
    const distance = editDistance(wanted, lower, allowed);
    if (distance > allowed) continue;
    if (!best || distance < best.distance || (distance === best.distance && lower < best.handle.toLowerCase())) best = { handle: candidate, distance };
  }
  return best?.handle;
}
