import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
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
      '- line: "double\n    over lines"\n',
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
          expect(scanned.entries, JSON.stringify(yaml)).toEqual(expected);
        }
      }),
      { numRuns: 4000 },
    );
    expect(answered).toBeGreaterThan(180);
    expect(blocks).toBeGreaterThan(12);
    expect(doubles).toBeGreaterThan(20);
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
