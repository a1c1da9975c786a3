import type { EpisodeTerms } from '../text/index-terms.js';
import { lightKey } from '../text/light-key.js';
import type { Selection } from '../text/segment.js';
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';
import { TermValues } from '../text/term-values.js';

/**
 * What one taxonomy makes of one episode's terms: whether each term key is a taxonomy term (1 yes, 2 no), and the taxonomy form each occurrence is said in (an index into
 * `forms`; -2 none, -1 not yet known). Topic flow asks for every bin, so each is worked out once.
 */
interface TaxonomyView {
  known: Float64Array;
  formOf: Int32Array;
  forms: string[];
  /** The taxonomy's `[topic index, weight]` pairs of each of `forms` (`compiled.forms`' entry, looked up once). */
  entries: [number, number][][];
  formIndex: Map<string, number>;
  /** 1 where the occurrence lies inside a longer taxonomy term said there ("science" in "data science"); made on first use. */
  inside?: Uint8Array;
  /** The form each occurrence counts for in topic scores (-1 none, or inside a longer term); made on first use. */
  hits?: Int32Array;
}

const views = new WeakMap<EpisodeTerms, WeakMap<CompiledTaxonomy, TaxonomyView>>();
/** Per taxonomy, whether a term key is one of its terms (1) or not (2), kept per interned term. */
const termsOf = new WeakMap<CompiledTaxonomy, TermValues>();
function viewOf(terms: EpisodeTerms, compiled: CompiledTaxonomy): TaxonomyView {
  let byTaxonomy = views.get(terms);
  if (!byTaxonomy) views.set(terms, (byTaxonomy = new WeakMap()));
  let view = byTaxonomy.get(compiled);
  if (!view) {
    view = {
      known: taxonomyTerms(compiled).of(terms),
      formOf: new Int32Array(terms.count).fill(-1),
      forms: [],
      entries: [],
      formIndex: new Map(),
    };
    byTaxonomy.set(compiled, view);
  }
  return view;
}

function taxonomyTerms(compiled: CompiledTaxonomy): TermValues {
  let values = termsOf.get(compiled);
  if (!values) termsOf.set(compiled, (values = new TermValues((key) => (compiled.terms.has(key) ? 1 : 2))));
  return values;
}

/** The taxonomy form occurrence `i` is said in (an index into `view.forms`), or -2 for none; worked out once. */
function formAt(view: TaxonomyView, terms: EpisodeTerms, compiled: CompiledTaxonomy, i: number): number {
  const { known, formOf, forms, entries, formIndex } = view;
  if (known[terms.term[i]!] !== 1) return -2;
  let f = formOf[i]!;
  if (f === -1) {
    const form = lightKey(terms.surface(i));
    f = formIndex.get(form) ?? -1;
    if (f === -1) {
      const pairs = compiled.forms.get(form);
      if (!pairs) f = -2;
      else {
        f = forms.length;
        forms.push(form);
        entries.push(pairs);
      }
      // Not a form of the taxonomy: remembered as -2, so that it is looked up in the taxonomy once.
      formIndex.set(form, f);
    }
    formOf[i] = f;
  }
  return f;
}

/**
 * Marks the taxonomy-term occurrences that lie inside a longer one said in the same paragraph: a word counts once,
 * for the longest term. Phrases of the taxonomy are few among the matches, so each paragraph's matches are checked
 * against its phrase matches only, and a paragraph without one costs a pass.
 */
function insideOf(view: TaxonomyView, terms: EpisodeTerms, compiled: CompiledTaxonomy): Uint8Array {
  if (view.inside) return view.inside;
  const inside = new Uint8Array(terms.count);
  const { turn, paragraph, offset, length, term, keyWords } = terms;
  const phrases: number[] = [];
  let from = 0;
  while (from < terms.count) {
    let to = from;
    phrases.length = 0;
    while (to < terms.count && turn[to] === turn[from] && paragraph[to] === paragraph[from]) {
      if (keyWords[term[to]!]! > 1 && formAt(view, terms, compiled, to) >= 0) phrases.push(to);
      to++;
    }
    if (phrases.length > 0) {
      for (let i = from; i < to; i++) {
        if (formAt(view, terms, compiled, i) < 0) continue;
        const a = offset[i]!;
        const b = a + length[i]!;
        for (const p of phrases) {
          if (p !== i && offset[p]! <= a && offset[p]! + length[p]! >= b && length[p]! > length[i]!) {
            inside[i] = 1;
            break;
          }
        }
      }
    }
    from = to;
  }
  return (view.inside = inside);
}

/** The taxonomy form of each of the episode's occurrences (`undefined` for none), shared with `topicScores`. */
export function occurrenceForms(terms: EpisodeTerms, compiled: CompiledTaxonomy): (i: number) => string | undefined {
  const view = viewOf(terms, compiled);
  return (i) => {
    const f = formAt(view, terms, compiled, i);
    return f >= 0 ? view.forms[f] : undefined;
  };
}

/**
 * How much saying a term `count` times weighs: sublinear, so that one word repeated does not outweigh a topic's
 * breadth, but less flattening than log(1 + count), which let ten different passing mentions beat a term that is
 * the subject of the talk. Exponents from 0.6 to 1 all raised topic-tag recall@5 on the DTC corpus over the log
 * (taxonomy 0.709 -> 0.72-0.73, combined 0.774 -> 0.78-0.79); 0.7 is the middle of that plateau.
 */
export const termCountExponent = 0.7;

/** `count ** termCountExponent` for the counts met so far (the same numbers, worked out once each). */
const powers: number[] = [];
function countWeight(count: number): number {
  if (count < 1024) {
    while (powers.length <= count) powers.push(powers.length ** termCountExponent);
    return powers[count]!;
  }
  return count ** termCountExponent;
}

/**
 * Raw taxonomy evidence per topic: the sum over its terms of weight x (times said)^0.7. A term
 * counts where the words as said match it (inflection aside), not merely their Porter stems.
 */
export function topicScores(terms: EpisodeTerms, selection: Selection, compiled: CompiledTaxonomy): Float64Array {
  const view = viewOf(terms, compiled);
  const hits = hitsOf(view, terms, compiled);
  const { entries } = view;
  // Times each form is said in the selection, and the forms in the order first said (the order of the sums).
  const counts = new Int32Array(entries.length);
  const said: number[] = [];
  const size = selection === undefined ? terms.count : selection.length;
  for (let j = 0; j < size; j++) {
    const f = hits[selection === undefined ? j : selection[j]!]!;
    if (f >= 0 && counts[f]!++ === 0) said.push(f);
  }
  const scores = new Float64Array(compiled.ids.length);
  for (const f of said) {
    const times = countWeight(counts[f]!);
    for (const [topic, weight] of entries[f]!) scores[topic]! += weight * times;
  }
  return scores;
}

/** Per occurrence, the form it counts for (`formAt`), or -1 where none or inside a longer term: worked out once. */
function hitsOf(view: TaxonomyView, terms: EpisodeTerms, compiled: CompiledTaxonomy): Int32Array {
  if (view.hits) return view.hits;
  const inside = insideOf(view, terms, compiled);
  const hits = new Int32Array(terms.count);
  for (let i = 0; i < terms.count; i++) hits[i] = inside[i] ? -1 : Math.max(-1, formAt(view, terms, compiled, i));
  return (view.hits = hits);
}
