import { isNameLike, isPlaceholderLabel } from '../labels/label-rules.js';
import { isNameShaped, LONG_NAME } from '../labels/name-shape.js';

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  nbsp: '\u00a0',
  quot: '"',
  apos: "'",
  lrm: '\u200e',
  rlm: '\u200f',
};

/** Cue text less markup: `<i>`, `<c.x>`, `<00:01.000>`, `{\an8}`; entities decoded. */
export function stripCueMarkup(text: string): string {
  return text
    .replace(/<[^>\n]*>/g, '')
    .replace(/\{\\[^}]*\}/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    });
}

/** `Name: text` at the start of a cue: Zoom, SRT and many tools write the speaker so. Split by hand: a pattern
 * with a lazy label before `\s*:` backtracked quadratically on a cue of spaces (a fuzzed one took 112 s). */
export function splitSpeakerPrefix(text: string): { label?: string; text: string } {
  const t = text.replace(/^\s+/, '');
  const colon = t.indexOf(':');
  if (colon < 1 || colon > LONG_NAME.maxLength + 5 || !/\s/.test(t[colon + 1] ?? '')) return { text };
  const raw = t.slice(0, colon).replace(/^-\s*/, '').trim();
  // A long full name is a candidate too (`Mohneet Kaur Amandeep Singh Sandhu:`); cue-speakers decides which count.
  if (
    raw === '' ||
    raw.includes('\n') ||
    !(isNameLike(raw) || isNameShaped(raw, LONG_NAME)) ||
    /^\d+$/.test(raw) ||
    /^https?$/i.test(raw)
  )
    return { text };
  return { label: isPlaceholderLabel(raw) ? undefined : raw, text: t.slice(colon + 1).replace(/^\s+/, '') };
}

/** A cue's lines as one line of text. By hand: `\s*\n\s*` backtracks quadratically over a long blank run
 * (a fuzzed cue of 277,000 spaces took 90 s). */
export function joinCueLines(text: string): string {
  if (!text.includes('\n')) return text;
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join(' ');
}
