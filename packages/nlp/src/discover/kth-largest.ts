/**
 * The `rank`-th largest of `values` (1 is the largest), as `Float64Array.from(values).sort()[values.length - rank]`
 * gives it, found by quickselect in linear expected time. `values` is left as it was.
 */
export function kthLargest(values: ArrayLike<number>, rank: number): number {
  if (!(Number.isInteger(rank) && rank >= 1 && rank <= values.length))
    throw new RangeError(`kthLargest: rank must be 1 to ${values.length}, got ${String(rank)}`);
  const a = Float64Array.from(values);
  // The index of the wanted value in ascending order.
  const target = a.length - rank;
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    // Median of three as the pivot, then Hoare's partition.
    const mid = (lo + hi) >>> 1;
    const [x, y, z] = [a[lo]!, a[mid]!, a[hi]!];
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i++] = a[j]!;
        a[j--] = t;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return a[target]!;
  }
  return a[target]!;
}
