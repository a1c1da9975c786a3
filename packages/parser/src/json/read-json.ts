import { jsonErrorOffset } from './json-error-offset.js';

export type JsonRead = { ok: true; value: unknown } | { ok: false; error: string; offset: number };

let last: { text: string; result: JsonRead } | undefined;

/** Transcripts nest a few levels; JSON.parse takes a quarter of a second on 300,000 open brackets. */
export const MAX_JSON_DEPTH = 512;

/** The offset where `text` first nests deeper than `limit` brackets (strings skipped), or -1. Linear. */
export function depthExceeded(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // A string: skip to its closing quote.
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34) break;
      }
    } else if (c === 91 || c === 123) {
      if (++depth > limit) return i;
    } else if (c === 93 || c === 125) depth--;
  }
  return -1;
}

/** Where JSON.parse's message says it stopped (`at position N`, `(line L column C)`), else where a scan finds the error. */
function errorOffset(text: string, message: string): number {
  const at = /position (\d+)/.exec(message);
  if (at) return Math.min(text.length, Number(at[1]));
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (!lc) return Math.max(0, jsonErrorOffset(text));
  let offset = 0;
  for (let line = 1; line < Number(lc[1]) && offset >= 0; line++) offset = text.indexOf('\n', offset) + 1 || -1;
  return offset < 0 ? 0 : Math.min(text.length, offset + Number(lc[2]) - 1);
}

/**
 * JSON.parse of `text` (a leading byte-order mark skipped), never throwing. The last input's result is kept, so
 * that detection by several JSON readers and the chosen reader's read parse a large file once.
 */
export function readJson(text: string): JsonRead {
  if (last && last.text === text) return last.result;
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let result: JsonRead;
  const deep = depthExceeded(text);
  if (deep >= 0) {
    result = { ok: false, error: `nested deeper than ${MAX_JSON_DEPTH} levels`, offset: deep };
    last = { text, result };
    return result;
  }
  try {
    result = { ok: true, value: JSON.parse(bom ? text.slice(1) : text) as unknown };
  } catch (e) {
    const message = (e as Error).message;
    result = { ok: false, error: message, offset: Math.min(text.length, errorOffset(text.slice(bom), message) + bom) };
  }
  last = { text, result };
  return result;
}

/** Whether `text` is written as JSON: an object, or an array that JSON.parse reads (`[00:01] Ann: hi` is text). */
export function looksLikeJson(text: string): boolean {
  const i = /\S/.exec(text.slice(0, 1000).replace(/^\uFEFF/, ''))?.index;
  if (i === undefined) return false;
  const first = text.replace(/^\uFEFF/, '')[i];
  if (first === '{')
    return readJson(text).ok || /^\s*\{\s*("|\}|$)/.test(text.replace(/^\uFEFF/, '').slice(i, i + 200));
  if (first === '[') {
    const r = readJson(text);
    return r.ok && typeof r.value === 'object';
  }
  return false;
}
