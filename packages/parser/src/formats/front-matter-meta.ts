import type { Diagnostic, EpisodeMeta } from '../model.js';
import { parseIsoDuration } from '../text/parse-timestamp.js';

/** A scalar as text (a `Date` as its ISO day); undefined for null and blank. */
export function asString(v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const s = String(v).trim();
  return s === '' ? undefined : s;
}

/** A number or numeric text as a finite number, else undefined. */
export function asNumber(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** A scalar as text (a `Date` as its ISO day); undefined for null and blank. */
export function asStringList(v: unknown): string[] {
  return Array.isArray(v) ? v.map(asString).filter((s): s is string => s !== undefined) : [];
}

/**
 * The episode metadata of front matter data (title, `dateadded` or `date`, season, episode, ISO `duration`,
 * `topics` or `tags`, `guests`), as the Markdown+YAML reader and the Markdown transcript reader map it; a duration
 * that is not ISO 8601 is a warning.
 */
export function metaOf(data: Record<string, unknown>, diagnostics: Diagnostic[]): Partial<EpisodeMeta> {
  const durationText = asString(data.duration);
  const meta: Partial<EpisodeMeta> = {
    title: asString(data.title),
    date: asString(data.dateadded ?? data.date),
    season: asNumber(data.season),
    episode: asNumber(data.episode),
    durationSeconds: durationText ? parseIsoDuration(durationText) : undefined,
    tags: asStringList(data.topics ?? data.tags),
    guests: asStringList(data.guests),
  };
  if (durationText && meta.durationSeconds === undefined)
    diagnostics.push({
      severity: 'warning',
      origin: 'parser:duration',
      message: `duration '${durationText}' is not an ISO 8601 duration; ignored`,
    });
  return meta;
}
