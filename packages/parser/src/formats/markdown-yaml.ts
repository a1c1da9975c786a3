import { isMap, isSeq, parseDocument, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';
import type { Diagnostic, Position } from '../model.js';
import type { FormatReader, RawItem, RawTranscript } from '../raw.js';
import { createLineIndex } from '../text/line-index.js';
import { asNumber, asString, metaOf } from './front-matter-meta.js';
import { FRONT, frontMatterEnd, markdownYamlFormat } from './markdown-yaml-format.js';
import { scanYamlList } from './scan-yaml-list.js';

const MAX_YAML_ERRORS = 20;

/**
 * How `yaml` reads front matter, on both paths: duplicate keys allowed (the last wins), dates and merge keys as
 * YAML 1.1 and js-yaml had them (this reader used js-yaml before).
 */
const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  uniqueKeys: false,
  customTags: ['timestamp'],
  merge: true,
  prettyErrors: false,
  logLevel: 'error',
};

/**
 * Whether `yaml` must not be given this front matter: it takes seconds on flow collections nested thousands deep
 * (`[[[[...`), and overflows the stack on `key: key: key: ...` thousands long on one line (each key opens a
 * mapping). Real front matter never nests so.
 */
function nestedTooDeep(source: string): boolean {
  return /[[{](?:\s*[[{]){256}/.test(source) || /^[ \t]*(?:-[ \t]+)?(?:[^\s:'"]+:[ \t]+){256}/m.test(source);
}

/**
 * The YAML document of `source`. Broken YAML makes `yaml` build an Error per problem, tens of thousands of them;
 * their stack traces were most of the time, and nobody reads them.
 */
function yamlDocument(source: string): ReturnType<typeof parseDocument> {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return parseDocument(source, YAML_OPTIONS);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Whether the character at `i` is white space (`\s`); the usual space and line break without a regex. */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 32 || c === 10) return true;
  if (c > 32 && c < 127) return false;
  return /\s/.test(text[i]!);
}

/**
 * Where the transcript list ends: the first line from `from` that starts with neither white space nor `- `.
 * Lines start after LF, CR, U+2028 or U+2029, as `^` has it in a multi-line regex.
 */
function listEndOf(text: string, from: number, end: number): number {
  const isLineStartOther = (i: number) => {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10) return false;
    return !(c === 45 && text.charCodeAt(i + 1) === 32) && !/\s/.test(text[i]!);
  };
  if (!text.includes('\r') && !text.includes('\u2028') && !text.includes('\u2029')) {
    if (from < end && from > 0 && text.charCodeAt(from - 1) === 10 && isLineStartOther(from)) return from;
    for (let nl = text.indexOf('\n', from); nl >= 0 && nl + 1 < end; nl = text.indexOf('\n', nl + 1))
      if (isLineStartOther(nl + 1)) return nl + 1;
    return end;
  }
  const stop = /^\S/gm;
  stop.lastIndex = from;
  for (let s = stop.exec(text); s && s.index < end; s = stop.exec(text))
    if (!text.startsWith('- ', s.index)) return s.index;
  return end;
}

function entryItem(entry: unknown, position: Position | undefined, items: RawItem[], diagnostics: Diagnostic[]): void {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
    diagnostics.push({
      severity: 'warning',
      origin: 'parser:markdown-yaml-entry',
      message: 'a transcript entry that is not a mapping was skipped',
      position,
    });
    return;
  }
  const e = entry as Record<string, unknown>;
  const header = asString(e.header);
  if (header !== undefined && e.line === undefined) {
    items.push({ kind: 'heading', title: header, position });
    return;
  }
  const line = asString(e.line);
  if (line === undefined) {
    diagnostics.push({
      severity: 'warning',
      origin: 'parser:markdown-yaml-entry',
      message: 'a transcript entry without `line` or `header` was skipped',
      position,
    });
    return;
  }
  items.push({ kind: 'line', label: asString(e.who), start: asNumber(e.sec), text: line, position });
}

/**
 * The front matter's other top-level block lists that `scanYamlList` reads (`key:` alone on its line, the items
 * below it; each as the span of its key's line and items), outside the transcript list `[listStart, listEnd)`. In the DataTalks.Club sources `quotableClips` is such a list and
 * most of what is not the transcript: `yaml` reads it at a fifth of the scanner's speed.
 */
function otherLists(
  text: string,
  base: number,
  end: number,
  listStart: number,
  listEnd: number,
): { key: string; from: number; to: number; entries: Record<string, string | number>[] }[] {
  const found: { key: string; from: number; to: number; entries: Record<string, string | number>[] }[] = [];
  const head = /^([A-Za-z_][A-Za-z0-9_-]*):[ \t]*\r?\n/gm;
  for (const [start, stop] of [
    [base, listStart],
    [listEnd, end],
  ] as const) {
    head.lastIndex = start;
    for (let h = head.exec(text); h && h.index < stop; h = head.exec(text)) {
      const from = h.index + h[0].length;
      // The transcript's own key ends the first stretch: searching on would run through the whole transcript.
      if (from === listStart) break;
      const to = listEndOf(text, from, stop);
      const scanned = to > from ? scanYamlList(text, from, to) : undefined;
      // Cut from the key's own line, so that `yaml` does not read the key (as null) either.
      if (scanned && scanned.entries.length > 0)
        found.push({ key: h[1]!, from: h.index, to, entries: scanned.entries });
      head.lastIndex = Math.max(head.lastIndex, to);
    }
  }
  return found;
}

/**
 * The fast path: the transcript list (most of the file) read by `scanYamlList` where it has the usual shape, and
 * the other top-level lists it reads (`otherLists`), the rest of the front matter (a few lines) by `yaml`; where the scanner declines, the whole front matter by `yaml`
 * and the entries' positions from a scan for the list's `- ` items. Entries span from their `- ` to their last
 * character either way. Where the YAML has errors, the document path reads it and reports them with positions.
 */
function readFast(text: string): RawTranscript<'markdown-yaml'> | undefined {
  const m = FRONT.exec(text);
  if (!m) return undefined;
  const base = m[0].length;
  const end = frontMatterEnd(text, base);
  if (end < 0) return undefined;
  const list = /^transcript:[ \t]*\r?\n/m.exec(text.slice(base, end));
  if (!list) return undefined;
  const listStart = base + list.index + list[0].length;
  const listEnd = listEndOf(text, listStart, end);
  const scanned = scanYamlList(text, listStart, listEnd);
  // With the transcript scanned, the other lists the scanner reads are cut out of what `yaml` reads, too.
  const others = scanned ? otherLists(text, base, end, listStart, listEnd) : [];
  let source = text.slice(base, end);
  if (scanned) {
    const cuts = [...others.map((o) => [o.from, o.to] as const), [listStart, listEnd] as const].sort(
      (a, b) => a[0] - b[0],
    );
    source = '';
    let at = base;
    for (const [from, to] of cuts) {
      source += text.slice(at, from);
      at = to;
    }
    source += text.slice(at, end);
  }
  if (nestedTooDeep(source)) return undefined;
  let data: Record<string, unknown>;
  try {
    const doc = yamlDocument(source);
    // The whole front matter, parsed already: the document path takes it from here.
    if (doc.errors.length > 0) return scanned ? undefined : readWithDocument(text, doc);
    const loaded = doc.toJS({ maxAliasCount: 100 });
    if (!loaded || typeof loaded !== 'object' || Array.isArray(loaded)) return undefined;
    data = loaded as Record<string, unknown>;
  } catch {
    return undefined;
  }
  for (const o of others) {
    // A key given twice: which one wins is the document path's business.
    if (Object.hasOwn(data, o.key)) return undefined;
    data[o.key] = o.entries;
  }
  const transcript: unknown[] | undefined = scanned
    ? scanned.entries
    : Array.isArray(data.transcript)
      ? data.transcript
      : undefined;
  if (!transcript) return undefined;
  let starts: number[] = [];
  if (scanned) starts = scanned.starts;
  else {
    const item = /^([ \t]*)- /gm;
    item.lastIndex = listStart;
    let indent: string | undefined;
    for (let it = item.exec(text); it && it.index < listEnd; it = item.exec(text)) {
      indent ??= it[1];
      if (it[1] === indent) starts.push(it.index + it[1]!.length);
    }
  }
  if (starts.length !== transcript.length) return undefined;
  const index = createLineIndex(text);
  const diagnostics: Diagnostic[] = [];
  const items: RawItem[] = [];
  transcript.forEach((entry, i) => {
    let stopAt = i + 1 < starts.length ? starts[i + 1]! : listEnd;
    while (stopAt > starts[i]! && isSpaceAt(text, stopAt - 1)) stopAt--;
    entryItem(entry, index.position(starts[i]!, stopAt), items, diagnostics);
  });
  return { format: 'markdown-yaml', meta: metaOf(data, diagnostics), items, diagnostics };
}

/** The document path: `yaml`'s document model, with every error positioned; `parsed` is the front matter's document where it is at hand. */
function readWithDocument(text: string, parsed?: ReturnType<typeof parseDocument>): RawTranscript<'markdown-yaml'> {
  const diagnostics: Diagnostic[] = [];
  const index = createLineIndex(text);
  const m = FRONT.exec(text);
  const base = m ? m[0].length : 0;
  const end = m ? frontMatterEnd(text, base) : -1;
  const source = end < 0 ? text.slice(base) : text.slice(base, end);
  let doc: ReturnType<typeof parseDocument>;
  if (!parsed && nestedTooDeep(source)) {
    diagnostics.push({
      severity: 'error',
      origin: 'parser:yaml',
      message: 'YAML: the front matter cannot be read (collections nested more than 256 deep)',
      position: index.position(base, end < 0 ? text.length : end),
    });
    return { format: 'markdown-yaml', meta: {}, items: [], diagnostics };
  }
  try {
    doc = parsed ?? yamlDocument(source);
  } catch (e) {
    // `yaml` recurses per level of nesting: thousands of `a: a: a: ...` on one line overflow the stack.
    diagnostics.push({
      severity: 'error',
      origin: 'parser:yaml',
      message: `YAML: the front matter cannot be read (${(e as Error).message.split('\n')[0]})`,
      position: index.position(base, end < 0 ? text.length : end),
    });
    return { format: 'markdown-yaml', meta: {}, items: [], diagnostics };
  }
  // Broken YAML can hold tens of thousands of errors; the first ones locate the problem.
  for (const e of doc.errors.slice(0, MAX_YAML_ERRORS)) {
    const at = base + (e.pos?.[0] ?? 0);
    diagnostics.push({
      severity: 'error',
      origin: 'parser:yaml',
      message: `YAML: ${e.message.split('\n')[0]}`,
      position: index.position(at, at + 1),
    });
  }
  if (doc.errors.length > MAX_YAML_ERRORS)
    diagnostics.push({
      severity: 'error',
      origin: 'parser:yaml',
      message: `YAML: ${doc.errors.length - MAX_YAML_ERRORS} more errors in the front matter`,
    });
  let data: Record<string, unknown> = {};
  try {
    data = (doc.toJS({ maxAliasCount: 100 }) ?? {}) as Record<string, unknown>;
  } catch (e) {
    // `yaml` throws from toJS on an alias without an anchor (`a: *x`); the entries are still read one by one below.
    diagnostics.push({
      severity: 'error',
      origin: 'parser:yaml',
      message: `YAML: ${(e as Error).message.split('\n')[0]}`,
      position: index.position(base, end < 0 ? text.length : end),
    });
  }
  const meta = metaOf(data, diagnostics);
  const items: RawItem[] = [];
  const seq = doc.get('transcript', true);
  if (isSeq(seq)) {
    for (const node of seq.items) {
      const range = (node as { range?: [number, number, number] }).range;
      const position = range ? index.position(base + range[0], base + range[1]) : undefined;
      if (!isMap(node)) {
        diagnostics.push({
          severity: 'warning',
          origin: 'parser:markdown-yaml-entry',
          message: 'a transcript entry that is not a mapping was skipped',
          position,
        });
        continue;
      }
      let entry: Record<string, unknown>;
      try {
        entry = node.toJS(doc) as Record<string, unknown>;
      } catch (e) {
        diagnostics.push({
          severity: 'warning',
          origin: 'parser:markdown-yaml-entry',
          message: `a transcript entry that YAML cannot read was skipped: ${(e as Error).message.split('\n')[0]}`,
          position,
        });
        continue;
      }
      entryItem(entry, position, items, diagnostics);
    }
  } else {
    diagnostics.push({
      severity: 'error',
      origin: 'parser:markdown-yaml-transcript',
      message: 'the front matter has no `transcript` list',
      position: index.position(0, Math.min(3, text.length)),
    });
  }
  return { format: 'markdown-yaml', meta, items, diagnostics } satisfies RawTranscript;
}

/** The reader of a Markdown page whose YAML front matter holds the transcript (see `markdownYamlFormat`). */
export const markdownYaml: FormatReader<'markdown-yaml'> = {
  ...markdownYamlFormat,
  read(text) {
    return readFast(text) ?? readWithDocument(text);
  },
};
