import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { unpackWords } from './packed-words.js';
import { selectWordClasses } from './select-word-classes.js';
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
    expect(unpackWords(verbWords)).toEqual(lists.verbs);
    expect(unpackWords(verbNounWords)).toEqual(lists.verbNouns);
    expect(unpackWords(adjectiveWords)).toEqual(lists.adjectives);
    expect(unpackWords(functionWords)).toEqual(lists.functions);
    expect(unpackWords(suffixNouns)).toEqual(lists.nouns);
  });
});
