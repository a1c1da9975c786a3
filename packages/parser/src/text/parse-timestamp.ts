const STAMP = /^(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?$/;

/** Seconds from `m:ss`, `h:mm:ss`, `hh:mm:ss.mmm` or `hh:mm:ss,mmm`; undefined when it is none of them. */
export function parseTimestamp(stamp: string): number | undefined {
  const m = STAMP.exec(stamp.trim());
  if (!m) return undefined;
  const [, h, mm, ss, frac] = m;
  const minutes = Number(mm);
  const seconds = Number(ss);
  if (seconds >= 60 || (h !== undefined && minutes >= 60)) return undefined;
  const fraction = frac ? Number(frac) / 10 ** frac.length : 0;
  return Number(h ?? 0) * 3600 + minutes * 60 + seconds + fraction;
}

/** `PT00H57M48S`-style ISO 8601 durations, in seconds. */
export function parseIsoDuration(value: string): number | undefined {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(value.trim());
  if (!m || value.trim() === 'P' || value.trim() === 'PT') return undefined;
  const [, d, h, min, s] = m;
  return Number(d ?? 0) * 86400 + Number(h ?? 0) * 3600 + Number(min ?? 0) * 60 + Number(s ?? 0);
}
