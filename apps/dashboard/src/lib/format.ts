// `m:ss` below an hour, `h:mm:ss` above, rounded; negative or non-finite values read as 0 (the parser's, as the CLI's Markdown).
export { formatDuration, formatDuration as formatTime } from '@podlens/parser';

export function formatPercent(share: number, digits = 1): string {
  if (!Number.isFinite(share)) return '–';
  return `${(share * 100).toFixed(digits)}%`;
}

export function formatNumber(value: number, digits = 0): string {
  if (!Number.isFinite(value)) return '–';
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}
