/**
 * The index of the first of `items` that is not `before` what is sought, by binary search from
 * `low`: `items` must be every `before` one first, then the others.
 */
export function partitionPoint<T>(items: ArrayLike<T>, before: (item: T) => boolean, low = 0): number {
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (before(items[mid])) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The index of the first of `items`, in line order, that starts at or after `line`. */
export const firstFromLine = <T>(items: ArrayLike<T>, line: number, lineOf: (item: T) => number): number => partitionPoint(items, (item) => lineOf(item) < line);
