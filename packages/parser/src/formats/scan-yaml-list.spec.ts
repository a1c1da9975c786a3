import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse, stringify, type ToStringOptions } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CATASTROPHIC_MS, cpuMs } from '../../test/catastrophic.js';
import { sharedDir, skipWithoutShared } from '../../test/shared.js';
import { scanYamlList } from './scan-yaml-list.js';

const scan = (yaml: string) => scanYamlList(yaml, 0, yaml.length);

describe('scanYamlList', () => {
  it('scanYamlList(text) reads plain, multi-line and single-quoted scalars as YAML does', () => {
    const yaml =
      "- line: Hello, everyone. This week\n    we talk about MLOps.\n\n    New paragraph.\n  sec: 1\n  time: '0:01'\n  who: Alexey\n- header: 'It''s a heading: with a colon'\n- line: 'Quoted\n    over lines'\n  who: 'Alexey:'\n  sec: 12.5\n";
    const scanned = scan(yaml)!;
    expect(scanned.entries).toEqual(parse(yaml));
    expect(scanned.starts).toEqual([0, yaml.indexOf('- header'), yaml.indexOf("- line: 'Quoted")]);
  });

  it('scanYamlList(text) reads double-quoted scalars on one line as YAML does', () => {
    const yaml = '- line: "It\'s \\"quoted\\": a\\_b \\x41\\u00e9 \\\\ # not a comment"\n  who: "Alexey:"\n';
    expect(scan(yaml)!.entries).toEqual(parse(yaml));
  });

  it('scanYamlList(text) reads double-quoted scalars over several lines as YAML 1.2 does', () => {
    const yaml =
      '- line: "folded \n    to a space,\t\n\n    to a line feed, or \t\\\n    \\ \tnon-content"\n  who: "A\\U0001F600\\\n    B"\n- line: "two\r\n\r\n\r\n     breaks \\"q\\"\\t"\n';
    const scanned = scan(yaml)!;
    expect(scanned.entries).toEqual(parse(yaml));
    expect(scanned.entries[0]!.line).toBe('folded to a space,\nto a line feed, or \t \tnon-content');
    expect(scanned.starts).toEqual([0, yaml.indexOf('- line: "two')]);
  });

  it('scanYamlList(text) keeps a no-break space that starts a continuation line (YAML trims spaces and tabs only)', () => {
    const yaml = '- line: a\n    \u00a0b\n  who: \'c\n    \u00a0d\'\n- line: "e\n    \u00a0f"\n';
    expect(scan(yaml)!.entries).toEqual(parse(yaml));
  });

  it('scanYamlList(text) reads quoted keys as the same names', () => {
    const yaml = '- "line": "a"\n  \'who\': \'B\'\n  sec: 3\n';
    expect(scan(yaml)!.entries).toEqual([{ line: 'a', who: 'B', sec: 3 }]);
  });

  it('scanYamlList(text) reads folded and literal block scalars as YAML does', () => {
    const yaml =
      "  - line: >-\n      Yes, there are many: I don't\n      know # all of them.\n\n      Next paragraph.\n    sec: 108\n    who: Alexey\n  - line: |-\n      kept\n        as written\n    who: 'B'\n  - line: >\n      clipped\n\n  - line: |\n      two\n      lines\n    sec: 3\n";
    const scanned = scan(yaml)!;
    expect(scanned.entries).toEqual(parse(yaml));
    expect(scanned.starts).toEqual([
      2,
      yaml.indexOf('- line: |-'),
      yaml.indexOf('- line: >\n'),
      yaml.indexOf('- line: |\n'),
    ]);
  });

  it('scanYamlList(text) declines what it does not read, for a full YAML library to handle', () => {
    for (const yaml of [
      '- line: "double\n  not indented more than the key"\n',
      '- line: "escaped break \\\n\n    then an empty line"\n',
      '- line: "tab\n\t    in the leading white space"\n',
      '- line: "unclosed\n    over lines\n',
      '- line: "\\U00110000"\n',
      '- line: "a"\n  "who": "b" # comment\n',
      '- line: "\\q"\n',
      '- line: "x" y\n',
      '- line: |+\n    block\n',
      '- line: >2\n    block\n',
      '- line: >\n    a\n      more indented\n',
      '- line: >-\n\n    leading empty line\n',
      '- line: >\n    no final break',
      '- line: >-\n',
      '- line: > # comment\n    a\n',
      '- line: &a x\n',
      '- line: a: b\n',
      '- who: null\n',
      '- who: true\n',
      '- line: x # comment\n',
      '- line:\n',
      '- [a]\n',
      '- line: x\n  line: y\n',
      '- __proto__: x\n',
      '- constructor: x\n',
    ])
      expect(scan(yaml), yaml).toBeUndefined();
  });
});

describe('scanYamlList on generated lists', () => {
  // Words and the characters that matter to YAML, in plain, multi-line and single-quoted values.
  const piece = fc.constantFrom(
    'word',
    'MLOps',
    ' ',
    ': ',
    ':',
    '#',
    ' #',
    "'",
    "''",
    '"',
    '- ',
    '-',
    '12',
    '3.5',
    'null',
    'true',
    '~',
    'é',
    '😀',
    '\t',
    '[',
    '{',
    '&a',
    '*',
    '|',
    '>',
    '?',
    ',',
    '%',
    '@',
    '`',
    '!',
    '.inf',
    '0x1F',
    '1e3',
  );
  const scalar = fc.array(piece, { minLength: 1, maxLength: 8 }).map((p) => p.join(''));
  const value = fc.oneof(
    scalar,
    fc
      .array(scalar, { minLength: 2, maxLength: 4 })
      .chain((lines) => fc.constantFrom(lines.join('\n    '), lines.join('\n\n    '), `${lines.join('\n    ')}\n`)),
    fc
      .array(scalar, { minLength: 1, maxLength: 3 })
      .map((lines) => `'${lines.map((l) => l.replace(/'/g, "''")).join('\n    ')}'`),
    // Block scalars: headers, content lines (some more indented, some empty or of spaces), at one indentation or not.
    fc
      .tuple(
        fc.constantFrom('>', '>-', '|', '|-', '>+', '|2', '> '),
        fc.array(fc.oneof(scalar, fc.constantFrom('', '  ', '      ', ' indented', '\tx')), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.constantFrom('    ', '      ', '   '),
      )
      .map(([header, lines, indent]) => `${header}\n${lines.map((l) => (l === '' ? '' : `${indent}${l}`)).join('\n')}`),
    // Double-quoted: escapes YAML has (and some it has not), quotes, over one line or two.
    fc
      .tuple(
        fc.array(
          fc.oneof(
            piece,
            fc.constantFrom(
              '\\"',
              '\\\\',
              '\\_',
              '\\n',
              '\\t',
              '\\x41',
              '\\u00e9',
              '\\uD83D',
              '\\q',
              '\\',
              '\\ ',
              '\\N',
              '\\x4',
              '\\U0001F600',
              '\\\t',
              // Line breaks inside the quotes: folded, empty lines, escaped, trailing or leading white space, too little indentation, a tab.
              '\n    ',
              '\n\n    ',
              '\n  \n     ',
              ' \t\n    ',
              '\\\n    ',
              '\\\n\n    ',
              '\n  ',
              '\n\t    ',
              '\n    \t',
            ),
          ),
          { minLength: 1, maxLength: 8 },
        ),
        fc.constantFrom('', ' ', ' x', '\n    more"'),
      )
      .map(([p, after]) => `"${p.join('')}"${after}`),
  );
  const entry = fc.uniqueArray(fc.tuple(fc.constantFrom('line', 'who', 'sec', 'header', 'time'), value), {
    minLength: 1,
    maxLength: 3,
    selector: ([k]) => k,
  });
  const list = fc.tuple(fc.array(entry, { minLength: 1, maxLength: 4 }), fc.constantFrom('\n', '\r\n')).map(
    ([entries, eol]) =>
      entries
        .map((e) => e.map(([k, v], i) => `${i === 0 ? '- ' : '  '}${k}: ${v}`).join('\n'))
        .join('\n')
        .replace(/\n/g, eol) + eol,
  );

  it('scanYamlList(text) equals the yaml library wherever it answers, and declines what yaml refuses (fast-check)', () => {
    let answered = 0;
    let blocks = 0;
    let doubles = 0;
    let multiLineDoubles = 0;
    fc.assert(
      fc.property(list, (yaml) => {
        const scanned = scan(yaml);
        let expected: unknown;
        try {
          expected = parse(yaml, { logLevel: 'error' });
        } catch {
          expect(scanned, yaml).toBeUndefined();
          return;
        }
        if (scanned) {
          answered++;
          if (/: [>|]-?\r?\n/.test(yaml)) blocks++;
          if (/: "/.test(yaml)) doubles++;
          // A double-quoted scalar whose line ends before a quote: one over several lines.
          if (/: "[^"\n]*\n/.test(yaml)) multiLineDoubles++;
          expect(scanned.entries, JSON.stringify(yaml)).toEqual(expected);
        }
      }),
      { numRuns: 4000 },
    );
    expect(answered).toBeGreaterThan(180);
    expect(blocks).toBeGreaterThan(12);
    expect(doubles).toBeGreaterThan(20);
    expect(multiLineDoubles).toBeGreaterThan(5);
  });
});

/** js-yaml (a root devDependency, without types): its dump, or undefined where it cannot be loaded. */
const jsYamlDump = (() => {
  try {
    return (createRequire(import.meta.url)('js-yaml') as { dump: (value: unknown, options?: object) => string }).dump;
  } catch {
    return undefined;
  }
})();

describe('scanYamlList on lists other tools write', () => {
  // Strings with what matters to YAML: spaces and runs of them, quotes, colons, hashes, backslashes, tabs, line
  // breaks, no-break and other Unicode spaces, non-ASCII letters and astral characters, long words.
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('word', 'the', 'MLOps', 'data,', 'so.', 'é', 'Straße', '😀', '1', '12') },
    {
      weight: 4,
      arbitrary: fc.constantFrom(' ', ' ', ' ', '  ', ': ', ':', ' #', '#', "'", '"', '\\', '\t', '\n', '\n\n'),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom('\u00a0', '\u2028', '\u0085', '\r', '- ', '? ', '&a', '*b', '!', '%', '@'),
    },
    { weight: 1, arbitrary: fc.constantFrom('null', 'true', '~', '0x1F', '1e3', '.inf', '3.5', '-') },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
    { weight: 1, arbitrary: fc.constantFrom('x'.repeat(90), 'word '.repeat(30)) },
  );
  const text = fc.array(piece, { minLength: 1, maxLength: 40 }).map((p) => p.join(''));
  const entries = fc.array(
    fc.record({ line: text, who: text, sec: fc.oneof(fc.nat(100000), fc.double({ min: 0, max: 1e5, noNaN: true })) }),
    { minLength: 1, maxLength: 5 },
  );
  const options: ToStringOptions[] = [
    {},
    { lineWidth: 40 },
    { lineWidth: 20, minContentWidth: 0 },
    { lineWidth: 0 },
    { defaultStringType: 'QUOTE_DOUBLE' },
    { defaultStringType: 'QUOTE_DOUBLE', lineWidth: 30 },
    { defaultStringType: 'QUOTE_SINGLE', lineWidth: 30 },
    { singleQuote: true, lineWidth: 50 },
    { doubleQuotedMinMultiLineLength: 10, lineWidth: 30 },
  ];

  /** Every answer equals the yaml library's; returns how many of the runs it answered. */
  const agrees = (emit: fc.Arbitrary<string>, numRuns: number): number => {
    let answered = 0;
    fc.assert(
      fc.property(emit, (yaml) => {
        const scanned = scan(yaml);
        if (!scanned) return;
        answered++;
        expect(scanned.entries, JSON.stringify(yaml)).toEqual(parse(yaml));
      }),
      { numRuns },
    );
    return answered;
  };

  it("scanYamlList(text) equals the yaml library wherever it answers, on yaml's stringify of random strings (fast-check)", () => {
    const emitted = fc.tuple(entries, fc.constantFrom(...options)).map(([e, o]) => stringify(e, o));
    expect(agrees(emitted, 3000)).toBeGreaterThan(300);
  });

  it.skipIf(!jsYamlDump)(
    "scanYamlList(text) equals the yaml library wherever it answers, on js-yaml's dump (fast-check)",
    () => {
      const emitted = fc
        .tuple(entries, fc.constantFrom(40, 80, -1), fc.boolean())
        .map(([e, lineWidth, forceQuotes]) => jsYamlDump!(e, { lineWidth, forceQuotes }));
      expect(agrees(emitted, 2000)).toBeGreaterThan(200);
    },
  );

  // PyYAML's style: long plain or single-quoted scalars broken at a space into lines indented by 4, a line break
  // in a single-quoted one written as an empty line; double-quoted ones broken with an escaped line break.
  const words = fc.array(fc.constantFrom('word', 'it', 'Straße', "it's", 'a:b', '😀', 'x'.repeat(30), '\u00a0x'), {
    minLength: 1,
    maxLength: 40,
  });
  const pyStyle = (ws: string[], style: 'plain' | 'single' | 'double', width: number): string => {
    const out: string[] = [];
    let line = '';
    for (const w of ws) {
      const word = style === 'single' ? w.replace(/'/g, "''") : style === 'double' ? w.replace(/\u00a0/g, '\\_') : w;
      if (line !== '' && line.length + word.length > width) {
        out.push(style === 'double' ? `${line} \\` : line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    out.push(line);
    const body = out.join('\n    ');
    return style === 'plain' ? body : style === 'single' ? `'${body}'` : `"${body}"`;
  };
  const pyList = fc
    .array(
      fc.tuple(words, fc.constantFrom('plain', 'single', 'double' as const), fc.constantFrom(20, 80), fc.nat(500)),
      { minLength: 1, maxLength: 5 },
    )
    .map((es) =>
      es.map(([ws, style, width, sec]) => `- line: ${pyStyle(ws, style, width)}\n  sec: ${sec}\n  who: A\n`).join(''),
    );

  it('scanYamlList(text) equals the yaml library wherever it answers, on PyYAML-style folded scalars, and answers most (fast-check)', () => {
    expect(agrees(pyList, 1000)).toBeGreaterThan(500);
  });

  // Ordinary speech: words, punctuation, now and then a quote, a colon or a number.
  const speech = fc
    .array(
      fc.oneof(
        { weight: 12, arbitrary: fc.constantFrom('so', 'we', 'think', 'about', 'data', 'MLOps', 'pipelines', 'the') },
        { weight: 3, arbitrary: fc.constantFrom(',', '.', '?', '!', ' -', "'s", '...') },
        { weight: 1, arbitrary: fc.constantFrom('"quoted"', ': ', 'é', '42', '3.5%', '(laughs)', '#1', '😀') },
      ),
      { minLength: 1, maxLength: 120 },
    )
    .map((ws) => ws.join(' ').replace(/ ([,.?!]|'s|\.\.\.)/g, '$1'));
  const speechList = fc.array(
    fc.record({ line: speech, sec: fc.nat(10000), who: fc.constantFrom('Alexey', 'Guest') }),
    {
      minLength: 1,
      maxLength: 8,
    },
  );

  it("scanYamlList(text) answers for at least 95% of yaml's stringify of ordinary speech, so the fast path is taken (fast-check)", () => {
    const runs = 1000;
    const emitted = fc.tuple(speechList, fc.constantFrom(...options)).map(([e, o]) => stringify(e, o));
    expect(agrees(emitted, runs)).toBeGreaterThanOrEqual(runs * 0.95);
  });
});

describe.skipIf(skipWithoutShared)('scanYamlList on the corpus', () => {
  it('scanYamlList(transcript) equals the yaml library wherever it answers', () => {
    const dir = join(sharedDir ?? '', 'corpus', 'dtc');
    let read = 0;
    let declined = 0;
    for (const f of readdirSync(dir)) {
      const text = readFileSync(join(dir, f), 'utf8');
      const fm = text.slice(4, text.indexOf('\n---', 4) + 1);
      const at = fm.search(/^transcript:[ \t]*\n/m);
      const from = fm.indexOf('\n', at) + 1;
      const next = /^\S/gm;
      next.lastIndex = from;
      let to = fm.length;
      for (let m = next.exec(fm); m; m = next.exec(fm))
        if (!fm.startsWith('- ', m.index)) {
          to = m.index;
          break;
        }
      const scanned = scanYamlList(fm, from, to);
      if (!scanned) {
        declined++;
        continue;
      }
      expect(scanned.entries, f).toEqual((parse(fm, { uniqueKeys: false }) as { transcript: unknown[] }).transcript);
      read++;
    }
    console.log(`scanYamlList: ${read} transcripts read and equal to yaml, ${declined} declined (loaded by yaml)`);
    expect(read).toBeGreaterThan(80);
  });
});

describe('scanYamlList on a long list of double-quoted values', () => {
  it('reads them in time linear in the text: one search for a backslash serves every value before it', () => {
    // 200,000 double-quoted turns and no backslash: a search per value to the text's end took some 20 s of CPU.
    const n = 200_000;
    const text = Array.from(
      { length: n },
      (_, i) => `- "line": "Well, I think so: it worked ${i}"\n  "sec": ${i}\n`,
    ).join('');
    const t0 = cpuMs();
    const list = scanYamlList(text, 0, text.length);
    expect(cpuMs() - t0).toBeLessThan(CATASTROPHIC_MS);
    expect(list?.entries.length).toBe(n);
    expect(list?.entries[n - 1]).toEqual({ line: `Well, I think so: it worked ${n - 1}`, sec: n - 1 });
  });
});
