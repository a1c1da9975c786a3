/** Up to `size` items spread evenly over `items`, in their order. */
export function evenSample<T>(items: readonly T[], size: number): T[] {
  if (items.length <= size) return [...items];
  return Array.from({ length: size }, (_, i) => items[Math.floor((i * items.length) / size)]!);
}

/**
 * Runs `work` on the items with at most `window` running at once, and hands each result to `emit` in the
 * items' order, so that output streams in order while holding at most `window` results.
 */
export async function forEachInOrder<T, R>(
  items: readonly T[],
  window: number,
  work: (item: T) => Promise<R>,
  emit: (result: R, item: T) => void | Promise<void>,
): Promise<void> {
  const running: Promise<R>[] = [];
  let next = 0;
  for (let done = 0; done < items.length; done++) {
    while (next < items.length && running.length < Math.max(1, window)) running.push(work(items[next++]!));
    const result = await running.shift()!;
    await emit(result, items[done]!);
  }
}
