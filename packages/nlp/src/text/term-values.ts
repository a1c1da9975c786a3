import { termEpoch } from './extract-terms.js';
import { termIdsOf, type EpisodeTerms } from './index-terms.js';

/**
 * A number worked out from a term key (whether a taxonomy holds it, its feature in a tag model, its IDF in corpus
 * statistics), kept per interned term id: an episode's keys are looked up by number in a typed array, where a
 * `Map` or an object keyed by the key string cost a hash-table probe per key per episode (some 2,500 keys an
 * episode, thrice). `valueOf` must be a pure function of the key. Kept for the interning tables' epoch; keys of
 * another epoch (or of terms not made by `indexTerms`) are worked out one by one, the same numbers.
 */
export class TermValues {
  private values = new Float64Array(0);
  private epoch = -1;

  constructor(private readonly valueOf: (key: string) => number) {}

  /** `valueOf(terms.keys[k])` for every `k`. */
  of(terms: EpisodeTerms): Float64Array {
    const { keys } = terms;
    const out = new Float64Array(keys.length);
    const numbered = termIdsOf(terms);
    if (!numbered || numbered.epoch !== termEpoch()) {
      for (let k = 0; k < keys.length; k++) out[k] = this.valueOf(keys[k]!);
      return out;
    }
    if (this.epoch !== numbered.epoch) {
      this.epoch = numbered.epoch;
      this.values = new Float64Array(0);
    }
    const { ids } = numbered;
    let values = this.values;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      if (id >= values.length) {
        const wider = new Float64Array(Math.max(id + 1, 2 * values.length, 1024)).fill(NaN);
        wider.set(values);
        this.values = values = wider;
      }
      let v = values[id]!;
      if (Number.isNaN(v)) values[id] = v = this.valueOf(keys[k]!);
      out[k] = v;
    }
    return out;
  }
}
