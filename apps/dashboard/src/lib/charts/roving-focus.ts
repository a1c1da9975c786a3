/**
 * Where the keyboard focus goes among a chart's marks, laid out as a grid of `columns` per row (a single row
 * when left out, where up and down step as left and right do): arrows move by one mark or one row, Home and
 * End go to the first and last mark of the row, Ctrl+Home and Ctrl+End to the first and last of all. Returns null for a key that does not move the focus,
 * so the caller lets the browser have it.
 */
export function rovingFocus(
  key: string,
  index: number,
  { count, columns = count, ctrl = false }: { count: number; columns?: number; ctrl?: boolean },
): number | null {
  if (count <= 0) return null;
  const cols = Math.max(1, Math.min(columns, count));
  const at = Math.min(count - 1, Math.max(0, index));
  const rowStart = at - (at % cols);
  const clamp = (i: number) => Math.min(count - 1, Math.max(0, i));
  switch (key) {
    case 'ArrowRight':
      return clamp(at + 1);
    case 'ArrowLeft':
      return clamp(at - 1);
    // In a single row (a list of bars) up and down step like left and right.
    case 'ArrowDown':
      return cols === count ? clamp(at + 1) : at + cols < count ? at + cols : at;
    case 'ArrowUp':
      return cols === count ? clamp(at - 1) : at - cols >= 0 ? at - cols : at;
    case 'Home':
      return ctrl ? 0 : rowStart;
    case 'End':
      return ctrl ? count - 1 : Math.min(count - 1, rowStart + cols - 1);
    default:
      return null;
  }
}

/**
 * The keydown handler of a chart whose marks (`selector`, in document order) share one tab stop: moves the
 * focus to the mark `rovingFocus` picks and returns its index, or null when the key is not for the chart.
 */
export function rovingKeydown(
  event: KeyboardEvent,
  index: number,
  { columns, selector = '[data-mark]' }: { columns?: number; selector?: string } = {},
): number | null {
  const root = event.currentTarget as Element;
  const marks = root.querySelectorAll<SVGElement | HTMLElement>(selector);
  const next = rovingFocus(event.key, index, { count: marks.length, columns, ctrl: event.ctrlKey || event.metaKey });
  if (next === null) return null;
  event.preventDefault();
  marks[next]?.focus();
  return next;
}
