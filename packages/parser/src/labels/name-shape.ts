import { isGenericLabel } from './generic-label.js';
import { jointLabel } from './joint-label.js';

const PARTICLES = new Set([
  'de',
  'da',
  'di',
  'do',
  'dos',
  'das',
  'du',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'la',
  'le',
  'bin',
  'bint',
  'al',
  'el',
  'y',
  'e',
  'zu',
  'af',
  'of',
]);

export interface NameLimits {
  maxWords?: number;
  maxLength?: number;
}

/**
 * The limits of a long full name (`Mohneet Kaur Amandeep Singh Sandhu`), taken where a label is used again and
 * again as one, as a tool writes it before every line: a sentence is not repeated word for word, capitalised.
 */
export const LONG_NAME: Required<NameLimits> = { maxWords: 8, maxLength: 60 };

/**
 * A label written as people write names: one to four words, each capitalised (or a particle such as `van`),
 * or a diarizer label; no sentence punctuation. "So what I mean" is not; "Maria Lopez", "Dr. Ng" are, and so is a
 * joint label of such names (`Maria & Sam`).
 */
export function isNameShaped(label: string, { maxWords = 4, maxLength = 40 }: NameLimits = {}): boolean {
  const t = label.trim();
  // Two or more names spoken together (`Adam & Jason`): name-shaped where each name is.
  const joint = t.length <= 120 ? jointLabel(t) : undefined;
  if (joint) return joint.every((name) => isNameShaped(name));
  if (t === '' || t.length > maxLength) return false;
  if (isGenericLabel(t)) return true;
  if (/[!?;"“”]/.test(t)) return false;
  const words = t.replace(/\s*\([^()]*\)$/, '').split(/\s+/);
  if (words.length > maxWords) return false;
  let capital = 0;
  for (const w of words) {
    const core = w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (core === '') return false;
    if (/^\p{Lu}/u.test(core) || /^\p{Lo}/u.test(core)) capital++;
    else if (!PARTICLES.has(core.toLowerCase())) return false;
  }
  return capital > 0;
}
