export type CsvValue = string | number | boolean | null | undefined;

/** A plain decimal number such as `-1.5`, `+3` or `2e-4`: a spreadsheet reads it as that number, never as a formula. */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/**
 * What a spreadsheet may take for the start of a formula (OWASP, "CSV Injection"): = + - @, a tab, a carriage
 * return, a line feed, their full-width forms, also after leading spaces.
 */
const FORMULA = /^[ ]*[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/;

/**
 * One CSV cell (RFC 4180 quoting). A cell that a spreadsheet would run as a formula (`=cmd|...`, `-1+1+cmd|...`,
 * `@SUM(...)`) gets a leading `'`, as OWASP advises, so that it shows as text. Numbers stay numbers: a number, or
 * a string that is exactly a decimal number (`-1.5`), is written as it is. NaN and infinities are empty cells.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = String(value);
  const safe = FORMULA.test(text) && !NUMBER.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One CSV row, without its line ending. */
export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',');
}
