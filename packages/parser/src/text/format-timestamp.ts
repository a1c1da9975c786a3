/** A position in the recording: `m:ss` under an hour, `h:mm:ss` from then on, floored (0:59 until the minute); negative or non-finite as 0. */
export function formatTimestamp(seconds: number): string {
  const s = Number.isFinite(seconds) ? Math.max(0, Math.floor(seconds)) : 0;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** A length of time (talk time, a duration), written as `formatTimestamp` writes it but rounded to the nearest second. */
export function formatDuration(seconds: number): string {
  return formatTimestamp(Number.isFinite(seconds) ? Math.round(seconds) : 0);
}
