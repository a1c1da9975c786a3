/** At most this many ?mark= words are taken, each at most MAX_MARK_LENGTH characters (a link is not a query). */
export const MAX_MARKS = 20;
export const MAX_MARK_LENGTH = 100;

/**
 * What a link to an episode asks of its reader: `?t=<seconds>` the moment to open at (null when absent or not
 * a number of seconds at or after 0), and `?mark=<word>` (repeated) the words to mark in the transcript.
 */
export function readerParams(params: URLSearchParams): { t: number | null; marks: string[] } {
  const raw = params.get('t');
  const t = raw === null || raw.trim() === '' ? null : Number(raw);
  const marks = [
    ...new Set(
      params
        .getAll('mark')
        .map((m) => m.trim())
        .filter((m) => m && m.length <= MAX_MARK_LENGTH),
    ),
  ].slice(0, MAX_MARKS);
  return { t: t !== null && Number.isFinite(t) && t >= 0 ? t : null, marks };
}
