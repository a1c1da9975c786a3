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
    const yaml = "- line: Hello, everyone. This week\n    we talk about MLOps.\n\n    New paragraph.\n  sec: 1\n  time: '0:01'\n  who: Alexey\n- header: 'It''s a heading: with a colon'\n- line: 'Quoted\n    over lines'\n  who: 'Alexey:'\n  sec: 12.5\n";
    const scanned = scan(yaml)!;
    expect(scanned.entries).toEqual(parse(yaml));
    expect(scanned.starts).toEqual([0, yaml.indexOf('- header'), yaml.indexOf('- line: \'Quoted')]);
  });

  it('scanYamlList(text) declines what it does not read, for a full YAML library to handle', () => {
    for (const yaml of ['- line: "double"\n', '- line: |\n    block\n', '- line: &a x\n', '- line: a: b\n', '- who: null\n', '- who: true\n', '- line: x # comment\n', '- line:\n', '- [a]\n', '- line: x\n  line: y\n', '- __proto__: x\n', '- constructor: x\n'])
      expect(scan(yaml), yaml).toBeUndefined();
  });
});

describe('scanYamlList on generated lists', () => {
  // Words and the characters that matter to YAML, in plain, multi-line and single-quoted values.
  const piece = fc.constantFrom('word', 'MLOps', ' ', ': ', ':', '#', ' #', "'", "''", '"', '- ', '-', '12', '3.5', 'null', 'true', '~', 'é', '😀', '\t', '[', '{', '&a', '*', '|', '>', '?', ',', '%', '@', '`', '!', '.inf', '0x1F', '1e3');
  const scalar = fc.array(piece, { minLength: 1, maxLength: 8 }).map((p) => p.join(''));
  const value = fc.oneof(
    scalar,
    fc.array(scalar, { minLength: 2, maxLength: 4 }).chain((lines) => fc.constantFrom(lines.join('\n    '), lines.join('\n\n    '), `${lines.join('\n    ')}\n`)),
    fc.array(scalar, { minLength: 1, maxLength: 3 }).map((lines) => `'${lines.map((l) => l.replace(/'/g, "''")).join('\n    ')}'`),
  );
  const entry = fc.uniqueArray(fc.tuple(fc.constantFrom('line', 'who', 'sec', 'header', 'time'), value), { minLength: 1, maxLength: 3, selector: ([k]) => k });
  const list = fc.tuple(fc.array(entry, { minLength: 1, maxLength: 4 }), fc.constantFrom('\n', '\r\n')).map(([entries, eol]) =>
    entries.map((e) => e.map(([k, v], i) => `${i === 0 ? '- ' : '  '}${k}: ${v}`).join('\n')).join('\n').replace(/\n/g, eol) + eol,
  );

  it('scanYamlList(text) equals the yaml library wherever it answers, and declines what yaml refuses (fast-check)', () => {
    let answered = 0;
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
          expect(scanned.entries, JSON.stringify(yaml)).toEqual(expected);
        }
      }),
      { numRuns: 4000 },
    );
    expect(answered).toBeGreaterThan(250);
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
