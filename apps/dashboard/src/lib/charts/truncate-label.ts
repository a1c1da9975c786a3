/** A label cut to `max` characters with an ellipsis, for axis text that must not run into the plot. */
export function truncateLabel(label: string, max: number): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}
