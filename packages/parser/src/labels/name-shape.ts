import { isGenericLabel } from './generic-label.js';
import { jointLabel } from './joint-label.js';

const PARTICLES = new Set(['de', 'da', 'di', 'do', 'dos', 'das', 'du', 'del', 'della', 'van', 'von', 'der', 'den', 'ter', 'la', 'le', 'bin', 'bint', 'al', 'el', 'y', 'e', 'zu', 'af', 'of']);

/**
 * A label written as people write names: one to four words, each capitalised (or a particle such as `van`),
 * or a diarizer label; no sentence punctuation. "So what I mean" is not; "Maria Lopez", "Dr. Ng" are, and so is a
 * joint label of such names (`Maria & Sam`).
 */
export function isNameShaped(label: string): boolean {
  const t = label.trim();
  // Two or more names spoken together (`Adam & Jason`): name-shaped where each name is.
  const joint = t.length <= 120 ? jointLabel(t) : undefined;
  if (joint) return joint.every((name) => isNameShaped(name));
  if (t === '' || t.length > 40) return false;
  if (isGenericLabel(t)) return true;
  if (/[!?;"“”]/.test(t)) return false;
  const words = t.replace(/\s*\([^()]*\)$/, '').split(/\s+/);
  if (words.length > 4) return false;
  let capital = 0;
  for (const w of words) {
    const core = w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (core === '') return false;
    if (/^\p{Lu}/u.test(core) || /^\p{Lo}/u.test(core)) capital++;
    else if (!PARTICLES.has(core.toLowerCase())) return false;
  }
  return capital > 0;
}
