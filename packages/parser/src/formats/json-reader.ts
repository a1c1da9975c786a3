import type { Diagnostic, EpisodeMeta } from '../model.js';
import type { FormatReader } from '../raw.js';
import { readJson } from '../json/read-json.js';
import { describeKeys, findWrapped } from '../json/json-value.js';
import { unitsToTranscript, type SpeechUnit } from '../json/speech-units.js';
import { createLineIndex } from '../text/line-index.js';

/** A JSON transcript schema: how to find its root in a parsed file, and its speech units. */
export interface JsonSchema<T, N extends string = string> {
  name: N;
  label: string;
  /** What the schema's root holds, for refusals: "`utterances` or `words` with `start`/`end` in ms". */
  expects: string;
  /** The schema's root in `value` (which may be a wrapper's child), or undefined. */
  match(value: unknown): T | undefined;
  read(root: T): { units: SpeechUnit[]; meta?: Partial<EpisodeMeta>; diagnostics?: Diagnostic[] };
  extensions?: string[];
}

/** A format reader for one JSON schema, detected from the parsed content (also when wrapped in another object). */
export function jsonReader<T, const N extends string>(schema: JsonSchema<T, N>): FormatReader<N> {
  return {
    name: schema.name,
    label: schema.label,
    extensions: schema.extensions ?? ['.json'],
    mediaTypes: ['application/json'],
    syntax: 'json',
    detect(text) {
      const json = readJson(text);
      if (!json.ok) return { score: 0, reason: 'not JSON' };
      const root = findWrapped(json.value, schema.match);
      if (root === undefined) return { score: 0, reason: `no ${schema.expects}` };
      return { score: 0.95, reason: `a JSON document with ${schema.expects}` };
    },
    read(text) {
      const json = readJson(text);
      if (!json.ok) {
        const at = createLineIndex(text).position(json.offset, Math.min(text.length, json.offset + 1));
        return {
          format: schema.name,
          meta: {},
          items: [],
          diagnostics: [
            { severity: 'error', origin: 'parser:json', message: `not valid JSON: ${json.error}`, position: at },
          ],
        };
      }
      const root = findWrapped(json.value, schema.match);
      if (root === undefined)
        return {
          format: schema.name,
          meta: {},
          items: [],
          diagnostics: [
            {
              severity: 'error',
              origin: 'parser:json',
              message: `not ${schema.label}: no ${schema.expects} (the top level has ${describeKeys(json.value)})`,
            },
          ],
        };
      const { units, meta, diagnostics } = schema.read(root);
      return unitsToTranscript(schema.name, text, units, meta, diagnostics);
    },
  };
}
