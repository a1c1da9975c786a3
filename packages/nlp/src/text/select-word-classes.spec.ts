import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { unpackWords } from './packed-words.js';
import { selectWordClasses } from './select-word-classes.js';
import { suffixClass, wordClass } from './word-class.js';
import { adjectiveWords, functionWords, suffixNouns, verbNounWords, verbWords } from './word-classes.js';

const require = createRequire(import.meta.url);

describe('selectWordClasses', () => {
  it('selectWordClasses(lexicon) puts a word by its most frequent tag, nouns only where a suffix rule would misread them', () => {
    const lists = selectWordClasses({
      requires: ['VBZ'],
      help: ['VB', 'NN'],
      started: ['VBD'],
      tiny: ['JJ'],
      quickly: ['RB'],
      via: ['IN'],
      family: ['NN'],
      need: ['NN', 'VB'],
      graph: ['NN'],
      Paris: ['NNP'],
      extraordinarily: ['RB'],
    });
    expect(lists).toEqual({
      verbs: ['requires'],
      verbNouns: ['help'],
      adjectives: ['tiny'],
      functions: ['via'],
      nouns: ['family'],
    });
  });

  it("the committed word-classes.ts is what scripts/build-word-classes.ts makes from natural's lexicon", () => {
    const lexicon = require('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json');
    const lists = selectWordClasses(lexicon);
    expect(unpackWords(verbWords).sort()).toEqual(lists.verbs);
    expect(unpackWords(verbNounWords).sort()).toEqual(lists.verbNouns);
    expect(unpackWords(adjectiveWords).sort()).toEqual(lists.adjectives);
    expect(unpackWords(functionWords).sort()).toEqual(lists.functions);
    expect(unpackWords(suffixNouns).sort()).toEqual(lists.nouns);
  });

  it('lists no word the suffix rules read alike, and every noun of the lexicon is a noun for wordClass, as written or capitalised', () => {
    const lexicon = require('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json') as Record<
      string,
      string[]
    >;
    const lists = selectWordClasses(lexicon);
    const capitalised = (w: string) => w[0]!.toUpperCase() + w.slice(1);
    // A listed word's class differs from what it would get unlisted (the suffix rules in lower case, noun capitalised).
    const classes = {
      verbs: 'verb',
      verbNouns: 'verbNoun',
      adjectives: 'adjective',
      functions: 'function',
      nouns: 'noun',
    };
    for (const [list, c] of Object.entries(classes))
      for (const w of lists[list as keyof typeof lists]) expect(suffixClass(w) === c && c === 'noun', w).toBe(false);
    // The nouns left out (`need`, `bed`: the rules read them as nouns) are nouns, as the listed ones are.
    const nouns = Object.entries(lexicon).filter(([w, tags]) => /^[a-z][a-z']*$/.test(w) && tags[0]!.startsWith('NN'));
    expect(nouns.length).toBeGreaterThan(10_000);
    for (const [w] of nouns) {
      expect(wordClass(w), w).toBe('noun');
      expect(wordClass(capitalised(w)), w).toBe('noun');
    }
  });
});
