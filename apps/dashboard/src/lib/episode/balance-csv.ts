import { toCsv } from '../csv.js';
import type { BalanceWindow } from '../types.js';

/** The balance chart's data: a row per sliding window, who leads it, and each speaker's share (own keys only). */
export function balanceCsv(windows: BalanceWindow[], speakers: string[]): string {
  return toCsv(
    ['start', 'end', 'dominant', ...speakers],
    windows.map((w) => [
      w.start,
      w.end,
      w.dominant,
      ...speakers.map((n) => (Object.hasOwn(w.shares, n) ? w.shares[n]! : 0)),
    ]),
  );
}
