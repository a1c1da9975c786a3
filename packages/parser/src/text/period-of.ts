export type Period = 'month' | 'quarter' | 'year';

/** The period an ISO date falls in: `2024-03`, `2024-Q1` or `2024`; undefined for a date it cannot read. */
export function periodOf(date: string, period: Period): string | undefined {
  const m = /^(\d{4})-(\d{2})/.exec(date);
  if (!m) return undefined;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (period === 'year') return m[1];
  if (period === 'quarter') return `${m[1]}-Q${Math.ceil(month / 3)}`;
  return `${m[1]}-${m[2]}`;
}

/** Every period from `first` to `last` inclusive (both as `periodOf` gives them), so a chart has no gaps. */
export function periodsBetween(first: string, last: string, period: Period): string[] {
  const index = (p: string) => {
    const year = Number(p.slice(0, 4));
    if (period === 'year') return year;
    if (period === 'quarter') return year * 4 + Number(p.slice(6)) - 1;
    return year * 12 + Number(p.slice(5)) - 1;
  };
  const name = (i: number) => {
    if (period === 'year') return String(i);
    if (period === 'quarter') return `${Math.floor(i / 4)}-Q${(i % 4) + 1}`;
    return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
  };
  const out: string[] = [];
  for (let i = index(first); i <= index(last); i++) out.push(name(i));
  return out;
}

/**
 * The first and last day of a period as `periodOf` names it (`2024-Q2` -> 2024-04-01 .. 2024-06-30), as ISO dates
 * for the search filters `from`/`to` (inclusive); undefined for a name it cannot read.
 */
export function periodBounds(name: string): { from: string; to: string } | undefined {
  const m = /^(\d{4})(?:-(?:Q([1-4])|(0[1-9]|1[0-2])))?$/.exec(name);
  if (!m) return undefined;
  const year = Number(m[1]);
  const [first, last] = m[2] ? [Number(m[2]) * 3 - 2, Number(m[2]) * 3] : m[3] ? [Number(m[3]), Number(m[3])] : [1, 12];
  const pad = (n: number) => String(n).padStart(2, '0');
  const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
  return { from: `${m[1]}-${pad(first)}-01`, to: `${m[1]}-${pad(last)}-${pad(lastDay)}` };
}
