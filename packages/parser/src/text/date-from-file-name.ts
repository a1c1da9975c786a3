/** `2024-06-14-episode.vtt` -> `2024-06-14`; `2024-06-topic.srt` -> `2024-06-01`; undefined without a plausible date. */
export function dateFromFileName(fileName: string): string | undefined {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const m = /(?:^|[^\d])((?:19|20)\d{2})[-_.](0[1-9]|1[0-2])(?:[-_.](0[1-9]|[12]\d|3[01]))?(?!\d)/.exec(base);
  return m ? `${m[1]}-${m[2]}-${m[3] ?? '01'}` : undefined;
}
