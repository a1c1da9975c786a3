import { isNameLike, isPlaceholderLabel } from '../labels/label-rules.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: '\u00a0', quot: '"', apos: "'", lrm: '\u200e', rlm: '\u200f' };

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

/** `Name: text` at the start of a cue: Zoom, SRT and many tools write the speaker so. */
export function splitSpeakerPrefix(text: string): { label?: string; text: string } {
  const m = /^\s*(?:-\s*)?([^:\n]{1,40}?)\s*:\s+([\s\S]*)$/.exec(text);
  if (!m || !isNameLike(m[1]!) || /^\d+$/.test(m[1]!.trim()) || /^https?$/i.test(m[1]!.trim())) return { text };
  const label = m[1]!.trim();
  return { label: isPlaceholderLabel(label) ? undefined : label, text: m[2]! };
}
