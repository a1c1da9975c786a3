import type { Diagnostic, EpisodeMeta } from '../model.js';
import type { RawItem, RawTranscript } from '../raw.js';
import { createLineIndex } from '../text/line-index.js';

/** One stretch of speech as a speech-to-text tool gives it (an utterance, a segment, merged words). Seconds. */
export interface SpeechUnit {
  speaker?: string;
  start?: number;
  end?: number;
  text: string;
}

/** No recording lasts this long (11.5 days): a later time is a broken value (`2e77`), dropped with a warning. */
export const MAX_UNIT_SECONDS = 1_000_000;

const plausible = (t: number | undefined) =>
  t !== undefined && Number.isFinite(t) && t <= MAX_UNIT_SECONDS ? t : undefined;

/** How far past the last found unit the source is searched for the next unit's text. */
const SEARCH_WINDOW = 50_000;

/**
 * Turns a reader's speech units into the raw transcript: empty units dropped, times checked (a negative or
 * reversed span loses its end, with one warning), each unit positioned at its text in the source where found.
 */
export function unitsToTranscript<N extends string>(
  format: N,
  source: string,
  units: SpeechUnit[],
  meta: Partial<EpisodeMeta> = {},
  diagnostics: Diagnostic[] = [],
): RawTranscript<N> {
  const index = createLineIndex(source);
  const items: RawItem[] = [];
  let cursor = 0;
  let reversed = 0;
  let implausible = 0;
  for (const u of units) {
    const text = u.text.replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    const start = plausible(u.start);
    let end = plausible(u.end);
    if ((u.start !== undefined && start === undefined) || (u.end !== undefined && end === undefined)) implausible++;
    if (end !== undefined && start !== undefined && end < start) {
      reversed++;
      end = undefined;
    }
    // The unit's text as JSON writes it, quoted (Whisper's start with a space); else a word-merged unit by its first word.
    const escaped = JSON.stringify(u.text.trim()).slice(1, -1);
    const firstWord = JSON.stringify(text.split(' ')[0]!.replace(/[,.;:!?%)\]}…]+$/, '')).slice(1, -1);
    const window = source.slice(cursor, cursor + SEARCH_WINDOW);
    let found = -1;
    let length = 0;
    for (const needle of [`"${escaped}"`, `" ${escaped}"`, `"${firstWord}`, `" ${firstWord}`]) {
      if (needle.length < 3) continue;
      found = window.indexOf(needle);
      length = needle.length;
      if (found >= 0) break;
    }
    let position;
    if (found >= 0) {
      const at = cursor + found;
      position = index.position(at, at + length);
      cursor = at + length;
    }
    items.push({
      kind: 'line',
      label: u.speaker,
      start,
      end: end !== undefined && start !== undefined && end > start ? end : undefined,
      text,
      ...(position ? { position } : {}),
    });
  }
  if (implausible > 0)
    diagnostics.push({
      severity: 'warning',
      origin: 'parser:time-implausible',
      message: `${implausible} speech unit${implausible > 1 ? 's have' : ' has'} a time that is not a number of seconds within ${MAX_UNIT_SECONDS.toLocaleString('en')} s; ${implausible > 1 ? 'those times are' : 'that time is'} left out`,
    });
  if (reversed > 0)
    diagnostics.push({
      severity: 'warning',
      origin: 'parser:time-reversed',
      message: `${reversed} speech unit${reversed > 1 ? 's end' : ' ends'} before ${reversed > 1 ? 'they start' : 'it starts'}; only the start is kept`,
    });
  return { format, meta, items, diagnostics, exactLabels: true };
}
