import { csvRow, type CsvValue } from '@podlens/parser';

export type { CsvValue };

/** A CSV file; cells are escaped by @podlens/parser's csvCell (formulas neutralised), as the CLI's CSV is. */
export function toCsv(header: string[], rows: CsvValue[][]): string {
  return [header, ...rows].map(csvRow).join('\n') + '\n';
}
