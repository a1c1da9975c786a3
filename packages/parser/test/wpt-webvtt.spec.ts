import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseWebVTTCues, type WebVTTCue } from '../src/webvtt/parse-webvtt-cues.js';

// The web-platform-tests WebVTT cases are read at run time, never copied into the repository.
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const sharedDir = process.env.PODLENS_SHARED ?? resolve(repoRoot, '../shared');
const casesDir = join(sharedDir, 'wpt-webvtt', 'file-parsing');
const available = existsSync(casesDir);

const CUE_LEVEL = ['load', 'count', 'id', 'startTime', 'endTime', 'text', 'unclassified'] as const;
type CueLevel = (typeof CUE_LEVEL)[number];
const RENDERING_PROPERTIES = [
  'align',
  'line',
  'snapToLines',
  'lineAlign',
  'position',
  'positionAlign',
  'size',
  'vertical',
];

interface Site {
  kind: string;
  args: string[];
  line: number;
}

interface Outcome {
  file: string;
  category: string;
  status: 'pass' | 'fail' | 'skip';
  detail: string;
}

/** Split a .test file into title, JavaScript and the escaped WebVTT body (the layout upstream build.py reads). */
function splitCase(source: string): { title: string; js: string; jsLine: number; body: string } {
  const headerEnd = source.indexOf('\n\n');
  const rest = source.slice(headerEnd + 2);
  const separator = rest.indexOf('\n===\n');
  if (headerEnd < 0 || separator < 0) throw new Error('splitCase: not a WPT .test file');
  return {
    title: source.slice(0, source.indexOf('\n')),
    js: rest.slice(0, separator),
    jsLine: source.slice(0, headerEnd + 2).split('\n').length,
    body: rest.slice(separator + '\n===\n'.length),
  };
}

/** Python's `bytes(body, 'utf-8').decode('unicode_escape')`, for the escapes the .test files use. */
function decodeEscapes(body: string): string {
  const simple: Record<string, string> = {
    n: '\n',
    r: '\r',
    t: '\t',
    f: '\f',
    v: '\v',
    a: '\x07',
    b: '\b',
    '\\': '\\',
    "'": "'",
    '"': '"',
    '\n': '',
  };
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c !== '\\' || i + 1 >= body.length) {
      out += c;
      continue;
    }
    const next = body[i + 1] as string;
    const hex = (length: number): void => {
      const digits = body.slice(i + 2, i + 2 + length);
      if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== length)
        throw new Error(`decodeEscapes: bad \\${next} escape at ${i}`);
      out += String.fromCodePoint(parseInt(digits, 16));
      i += 1 + length;
    };
    if (next in simple) {
      out += simple[next];
      i++;
    } else if (next === 'x') hex(2);
    else if (next === 'u') hex(4);
    else if (next === 'U') hex(8);
    else if (/[0-7]/.test(next)) {
      const octal = /^[0-7]{1,3}/.exec(body.slice(i + 1))?.[0] ?? next;
      out += String.fromCodePoint(parseInt(octal, 8));
      i += octal.length;
    } else {
      out += c;
    }
  }
  return out;
}

/** The WebVTT file as a browser would get it: the decoded text written as UTF-8, then read back as UTF-8. */
function bodyToString(body: string): string {
  return new TextDecoder('utf-8').decode(new TextEncoder().encode(decodeEscapes(body)));
}

/** Split the argument list that starts after `open` (an index just past '('); returns the args and the index of ')'. */
function readArguments(js: string, open: number): { args: string[]; close: number } {
  const args: string[] = [];
  let depth = 0;
  let from = open;
  for (let i = open; i < js.length; i++) {
    const c = js[i];
    if (c === '"' || c === "'") {
      for (i++; i < js.length && js[i] !== c; i++) if (js[i] === '\\') i++;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) {
        args.push(js.slice(from, i).trim());
        return { args, close: i };
      }
      depth--;
    } else if (c === ',' && depth === 0) {
      args.push(js.slice(from, i).trim());
      from = i + 1;
    }
  }
  throw new Error('readArguments: unbalanced parentheses');
}

/** Give every assert_* call its call-site number as first argument, so the shims know which source text they check. */
function instrument(js: string, firstLine: number): { code: string; sites: Site[] } {
  const sites: Site[] = [];
  const code = js.replace(/\bassert_(equals|not_equals|true|false)\(/g, (match, kind: string, at: number) => {
    const { args } = readArguments(js, at + match.length);
    sites.push({ kind, args, line: firstLine + js.slice(0, at).split('\n').length - 1 });
    return `${match}${sites.length - 1}, `;
  });
  return { code, sites };
}

/** The category of an assertion, from the source text of what it checks. */
function classify(site: Site): string {
  const checked = (site.kind.endsWith('equals') ? site.args.slice(0, 2) : site.args.slice(0, 1)).join(' ');
  if (/styleSheet|cssRules|selectorText|CSSRule|\brule\d*\b/.test(checked)) return 'rendering:styleSheets';
  if (/region/i.test(checked) || /\.(lines|scroll|regionAnchor[XY]|viewportAnchor[XY])\b/.test(checked))
    return 'rendering:region';
  const properties = [...checked.matchAll(/\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1] as string);
  const rendering = properties.find((p) => RENDERING_PROPERTIES.includes(p));
  if (rendering) return `rendering:${rendering}`;
  if (/\bcues\.length\b/.test(checked)) return 'count';
  const cueLevel = properties.find((p) => p === 'id' || p === 'startTime' || p === 'endTime' || p === 'text');
  return cueLevel ?? 'unclassified';
}

const RENDERING = Symbol('rendering-only');
const MISSING = Symbol('missing');

/** Stands for any rendering-only value: every property of it is itself, so chains like `cues[0].region.lines` run. */
const renderingValue: object = new Proxy(function renderingOnly() {}, {
  get: (_target, key) =>
    key === RENDERING ? true : key === Symbol.toPrimitive ? () => '<rendering-only>' : renderingValue,
});

function missingCue(index: number): object {
  return new Proxy(
    {},
    {
      get: (_target, key) =>
        key === 'id' || key === 'startTime' || key === 'endTime' || key === 'text'
          ? { [MISSING]: true, toString: () => `<no cue ${index}>` }
          : renderingValue,
    },
  );
}

function cueView(cue: WebVTTCue): object {
  const own: Record<string, unknown> = { id: cue.id, startTime: cue.startTime, endTime: cue.endTime, text: cue.text };
  return new Proxy(own, {
    get: (target, key) => (typeof key === 'string' && !(key in target) ? renderingValue : Reflect.get(target, key)),
  });
}

function cueList(cues: WebVTTCue[]): unknown[] {
  const views = cues.map(cueView);
  return new Proxy(views, {
    get: (target, key, receiver) =>
      typeof key === 'string' && /^\d+$/.test(key) && Number(key) >= target.length
        ? missingCue(Number(key))
        : Reflect.get(target, key, receiver),
  });
}

const isRendering = (value: unknown): boolean =>
  (typeof value === 'object' || typeof value === 'function') &&
  value !== null &&
  (value as { [RENDERING]?: boolean })[RENDERING] === true;

function show(value: unknown): string {
  if (isRendering(value)) return '<rendering-only>';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object' && value !== null && MISSING in value) return String(value);
  if (Array.isArray(value)) return `[array of ${value.length}]`;
  return String(value);
}

/** Run one .test file against parseWebVTTCues. */
function runCase(file: string, source: string): Outcome[] {
  const { js, jsLine, body } = splitCase(source);
  const result = parseWebVTTCues(bodyToString(body));
  const outcomes: Outcome[] = [
    {
      file,
      category: 'load',
      status: result.ok ? 'pass' : 'fail',
      detail: result.ok ? 'track loads' : `track fails to load: ${result.problems[0]?.message ?? '?'}`,
    },
  ];
  const { code, sites } = instrument(js, jsLine);
  const reached = new Set<number>();
  const record = (siteIndex: number, values: unknown[], check: () => boolean, expectation: string): void => {
    const site = sites[siteIndex];
    if (!site) throw new Error(`runCase: unknown call site ${siteIndex}`);
    reached.add(siteIndex);
    const category = classify(site);
    const where = `${file}:${site.line} assert_${site.kind}(${site.args.join(', ')})`;
    if (category.startsWith('rendering:') || values.some(isRendering)) {
      outcomes.push({
        file,
        category: category.startsWith('rendering:') ? category : 'rendering:other',
        status: 'skip',
        detail: where,
      });
      return;
    }
    const pass = check();
    outcomes.push({
      file,
      category,
      status: pass ? 'pass' : 'fail',
      detail: pass ? where : `${where}: ${expectation}`,
    });
  };
  const shims = {
    assert_equals: (site: number, actual: unknown, expected: unknown) =>
      record(
        site,
        [actual, expected],
        () => Object.is(actual, expected),
        `got ${show(actual)}, expected ${show(expected)}`,
      ),
    assert_not_equals: (site: number, actual: unknown, expected: unknown) =>
      record(
        site,
        [actual, expected],
        () => !Object.is(actual, expected),
        `got ${show(actual)}, expected anything else`,
      ),
    assert_true: (site: number, actual: unknown) =>
      record(site, [actual], () => actual === true, `got ${show(actual)}, expected true`),
    assert_false: (site: number, actual: unknown) =>
      record(site, [actual], () => actual === false, `got ${show(actual)}, expected false`),
  };
  try {
    const run = new Function('cues', 'document', 'CSSRule', ...Object.keys(shims), code) as (
      ...args: unknown[]
    ) => void;
    run(cueList(result.cues), renderingValue, renderingValue, ...Object.values(shims));
  } catch (error) {
    outcomes.push({
      file,
      category: 'unclassified',
      status: 'fail',
      detail: `${file}: the assertions threw ${String(error)}`,
    });
  }
  // An assertion that never ran (a loop over fewer cues than the case expects) checked nothing: a failure.
  sites.forEach((site, i) => {
    if (!reached.has(i))
      outcomes.push({
        file,
        category: classify(site),
        status: 'fail',
        detail: `${file}:${site.line} assert_${site.kind}(${site.args.join(', ')}) never ran`,
      });
  });
  return outcomes;
}

function summarize(outcomes: Outcome[]): { cuePassed: number; cueFailed: number; table: string } {
  const categories = [...new Set(outcomes.map((o) => o.category))].sort((a, b) => {
    const rank = (c: string) => (CUE_LEVEL.includes(c as CueLevel) ? CUE_LEVEL.indexOf(c as CueLevel) : 100);
    return rank(a) - rank(b) || a.localeCompare(b);
  });
  const rows: string[][] = [['category', 'kind', 'passed', 'failed', 'skipped']];
  const count = (list: Outcome[], status: Outcome['status']) => list.filter((o) => o.status === status).length;
  for (const category of categories) {
    const list = outcomes.filter((o) => o.category === category);
    const kind = category.startsWith('rendering:') ? 'rendering' : 'cue-level';
    rows.push([category, kind, String(count(list, 'pass')), String(count(list, 'fail')), String(count(list, 'skip'))]);
  }
  const cueLevel = outcomes.filter((o) => !o.category.startsWith('rendering:'));
  const cuePassed = count(cueLevel, 'pass');
  const cueFailed = count(cueLevel, 'fail');
  const rendering = outcomes.filter((o) => o.category.startsWith('rendering:'));
  rows.push(['cue-level total', '', String(cuePassed), String(cueFailed), '0']);
  rows.push([
    'rendering total',
    '',
    String(count(rendering, 'pass')),
    String(count(rendering, 'fail')),
    `${count(rendering, 'skip')} (skipped: rendering)`,
  ]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const lines = rows.map((r) =>
    r
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  const failures = outcomes.filter((o) => o.status === 'fail');
  const rate = cuePassed + cueFailed === 0 ? 1 : cuePassed / (cuePassed + cueFailed);
  const table = [
    `WPT webvtt/file-parsing: ${new Set(outcomes.map((o) => o.file)).size} cases`,
    ...lines,
    `cue-level pass rate: ${(rate * 100).toFixed(1)}%`,
    failures.length === 0 ? 'failures: none' : `failures (${failures.length}):`,
    ...failures.map((f) => `  [${f.category}] ${f.detail}`),
  ].join('\n');
  return { cuePassed, cueFailed, table };
}

if (!available) {
  describe('WPT webvtt/file-parsing', () => {
    it.skip(`skipped: WPT WebVTT cases not found at ${casesDir} (set PODLENS_SHARED to the shared folder)`, () => {});
  });
} else {
  describe('WPT webvtt/file-parsing', () => {
    const files = readdirSync(casesDir)
      .filter((f) => f.endsWith('.test'))
      .sort();
    const outcomes: Outcome[] = [];

    for (const file of files) {
      it(`parseWebVTTCues meets every cue-level expectation of ${file} (load, count, id, times, text)`, () => {
        const caseOutcomes = runCase(file, readFileSync(join(casesDir, file), 'utf8'));
        outcomes.push(...caseOutcomes);
        // The track loads, every assertion of the case ran, and none on the cues failed (rendering ones are skipped).
        expect(caseOutcomes.find((o) => o.category === 'load')?.status).toBe('pass');
        expect(caseOutcomes.length, `${file}: no assertion ran`).toBeGreaterThan(1);
        expect(caseOutcomes.filter((o) => o.status === 'fail').map((o) => o.detail)).toEqual([]);
      });
    }

    it('runs all 24 cases and passes every cue-level assertion (the table is printed)', () => {
      expect(files).toHaveLength(24);
      const { cuePassed, cueFailed, table } = summarize(outcomes);
      console.log(table);
      expect(cuePassed).toBeGreaterThan(100);
      expect(cueFailed).toBe(0);
    });
  });
}
