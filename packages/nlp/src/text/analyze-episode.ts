import type { Episode } from '@podlens/parser';
import { scanTerms } from './extract-terms.js';
import { stemWord } from './stem-word.js';
import { tokenize } from './tokenize.js';

export interface TermOccurrence {
  key: string;
  /** The words as written (read on demand). */
  readonly surface: string;
  n: number;
  /** Index of the turn in `episode.turns`. */
  turn: number;
  /** Index of the paragraph in the turn. */
  paragraph: number;
  /** UTF-16 offset in the paragraph's text. */
  offset: number;
  length: number;
  /** Estimated second of the episode where the term is said. */
  time: number;
}

export interface EpisodeTerms {
  occurrences: TermOccurrence[];
  /** Keys of the words of the speakers' names and aliases, to keep out of keywords. */
  nameKeys: ReadonlySet<string>;
}

const cache = new WeakMap<Episode, EpisodeTerms>();

/** An occurrence keeps its paragraph's text and slices its surface only when asked: most are never shown. */
class Occurrence implements TermOccurrence {
  readonly #text: string;
  constructor(
    readonly key: string,
    readonly n: number,
    readonly turn: number,
    readonly paragraph: number,
    readonly offset: number,
    readonly length: number,
    readonly time: number,
    text: string,
  ) {
    this.#text = text;
  }
  get surface(): string {
    return this.#text.slice(this.offset, this.offset + this.length);
  }
}

function nameKeysOf(episode: Episode): Set<string> {
  const names = [
    ...episode.speakers.flatMap((s) => [s.name, s.id, ...(s.aliases ?? [])]),
    ...(episode.meta.guestNames ?? []),
  ];
  const keys = new Set<string>();
  for (const name of names) {
    for (const token of tokenize(name ?? '')) {
      if (/^\p{Lu}/u.test(token.surface) || token.surface.length > 2) keys.add(stemWord(token.surface));
      keys.add(token.surface.toLowerCase());
    }
  }
  return keys;
}

/** Every term said in an episode, with where and when; computed once per episode object. */
export function analyzeEpisode(episode: Episode): EpisodeTerms {
  const cached = cache.get(episode);
  if (cached) return cached;
  const occurrences: TermOccurrence[] = [];
  episode.turns.forEach((turn, t) => {
    const paragraphs = turn.paragraphs.length > 0 ? turn.paragraphs : [{ text: turn.text, start: turn.start, end: turn.end }];
    paragraphs.forEach((p, i) => {
      const length = Math.max(1, p.text.length);
      const span = Math.max(0, p.end - p.start);
      const text = p.text;
      scanTerms(text, (key, n, offset, len) => {
        occurrences.push(new Occurrence(key, n, t, i, offset, len, p.start + (span * offset) / length, text));
      });
    });
  });
  const result = { occurrences, nameKeys: nameKeysOf(episode) };
  cache.set(episode, result);
  return result;
}
