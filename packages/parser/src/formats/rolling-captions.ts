import { stripCueMarkup } from './cue-text.js';

export interface CaptionCue {
  text: string;
}

const VOICE = /<v[\s.][^>]*>/;
const INLINE_STAMP = /<(?:\d{2,}:)?\d{2}:\d{2}\.\d{3}>/;

const linesOf = (text: string) =>
  stripCueMarkup(text)
    .split('\n')
    .map((l) => l.trim().replace(/\s+/g, ' '))
    .filter((l) => l !== '');

/** Captions roll by a line or two; a longer run is not looked for (a cue of many lines would cost n²). */
const MAX_ROLL = 3;

/** Lines the cue shares with the end of the cue before it: the count of its first lines that repeat. */
function overlap(prev: string[], cur: string[]): number {
  for (let k = Math.min(prev.length, cur.length, MAX_ROLL); k > 0; k--) {
    let same = true;
    for (let j = 0; j < k && same; j++) same = prev[prev.length - k + j] === cur[j];
    if (same) return k;
  }
  return 0;
}

/**
 * YouTube's auto-captions (and other live captioners) roll: each cue shows the line before it again, then the
 * new one; brief cues in between show only lines already seen. Rolling when at least a quarter of the cues (and
 * three, or one where the cues carry word stamps) open with the last lines of the cue before them and add a line after them; a cue that only repeats
 * the one before, a long line or a change of voice (a transcript that quotes a turn twice) does not count.
 */
export function isRolling(cues: CaptionCue[]): boolean {
  let repeats = 0;
  let texts = 0;
  // Word stamps inside cues (`word<00:00:00.520><c> next</c>`) are the auto-captioner's: one roll is enough then.
  let stamped = false;
  let voice: string | undefined;
  let prev: string[] = [];
  for (const c of cues) {
    const cur = linesOf(c.text);
    const k = cur.length > 0 && prev.length > 0 ? overlap(prev, cur) : 0;
    const v = VOICE.exec(c.text)?.[0];
    if (k > 0 && cur.length > k && v === voice && cur.slice(0, k).every((l) => l.length <= 100)) repeats++;
    if (cur.length > 0) {
      texts++;
      voice = v;
    }
    if (cur.length > 0) prev = cur;
    if (!stamped && INLINE_STAMP.test(c.text)) stamped = true;
  }
  return (repeats >= 3 || (stamped && repeats >= 1)) && repeats * 4 >= texts;
}

/**
 * For rolling captions: what each cue adds, its lines less those repeated from the cue before (markup kept on
 * the new lines, for their word stamps); `undefined` for a cue that adds nothing.
 */
export function newCueText(cues: CaptionCue[]): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  let prev: string[] = [];
  for (const c of cues) {
    const raw = c.text.split('\n').filter((l) => stripCueMarkup(l).trim() !== '');
    const cur = raw.map((l) => stripCueMarkup(l).trim().replace(/\s+/g, ' '));
    if (cur.length === 0) {
      out.push(undefined);
      continue;
    }
    let k = overlap(prev, cur);
    // A last line that grows word by word ("hello", then "hello there"): only its new words count.
    let grown: string | undefined;
    if (k === 0 && prev.length > 0) {
      const last = prev[prev.length - 1]!;
      if (cur[0]!.startsWith(`${last} `)) {
        grown = cur[0]!.slice(last.length + 1);
        k = 1;
      }
    }
    const fresh = [...(grown !== undefined ? [grown] : []), ...raw.slice(k)];
    out.push(fresh.length > 0 ? fresh.join('\n') : undefined);
    prev = cur;
  }
  return out;
}
