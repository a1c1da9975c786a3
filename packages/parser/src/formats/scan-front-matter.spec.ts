import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CATASTROPHIC_MS, cpuMs } from '../../test/catastrophic.js';
import { scanFrontMatter } from './scan-front-matter.js';

/** How the Markdown+YAML reader has `yaml` read front matter (duplicate keys: the last wins; YAML 1.1 timestamps). */
const OPTIONS = { uniqueKeys: false, customTags: ['timestamp' as const], merge: true };
const yamlOf = (text: string) => parseDocument(text, OPTIONS).toJS() as Record<string, unknown>;
function isValidYaml(text: string): boolean {
  const doc = parseDocument(text, OPTIONS);
  try {
    doc.toJS();
  } catch {
    return false; // an alias without its anchor
  }
  return doc.errors.length === 0;
}
const scan = (text: string) => scanFrontMatter(text, 0, text.length);

/** What `scanFrontMatter` must hold to: each key it reads as `yaml` reads it, each other key named unread. */
function expectAsYaml(text: string) {
  const { data, unread } = scan(text);
  const loaded = yamlOf(text) ?? {};
  for (const key of Object.keys(data)) expect(data[key], `${key} of ${JSON.stringify(text)}`).toEqual(loaded[key]);
  // A key it does not have is named unread (odd keys `yaml` finds in a broken flow list: something is named).
  for (const key of Object.keys(loaded))
    if (!Object.hasOwn(data, key))
      expect(unread, `${key} of ${JSON.stringify(text)}`).toContain(/^[A-Za-z_][\w-]*$/.test(key) ? key : unread[0]);
}

describe('scanFrontMatter', () => {
  it('reads plain, quoted and multi-line scalars, numbers, dates and timestamps as `yaml` does', () => {
    const text =
      'title: Episode 12 - Databases\nsubtitle: \'It\'\'s: quoted\'\nsummary: "A \\"b\\"\\tc"\nepisode: 12\nseason: 2.5\ndate: 2024-03-01\npublished: 2024-3-1T22:30:00-02:00\nupdated: 2024-03-01 10:00:00\nabout: a long line\n  folded over two\ndescription: >-\n  Folded\n  block\n';
    const { data, unread } = scan(text);
    expect(unread).toEqual([]);
    expect(data).toEqual(yamlOf(text));
    expect(data.title).toBe('Episode 12 - Databases');
    expect(data.published).toEqual(new Date(Date.UTC(2024, 2, 2, 0, 30)));
  });

  it('reads flow and block lists of scalars, at the margin or indented, and an empty key as null', () => {
    const text =
      "tags: [sql, 'data, bases', \"x]y\", 3]\nempty: []\nguests:\n  - Bob Stone\n  - 'Ann ''A'' Lee'\nhosts:\n- Alice\n- Carol\nnothing:\n";
    const { data, unread } = scan(text);
    expect(unread).toEqual([]);
    expect(data).toEqual(yamlOf(text));
    expect(data.tags).toEqual(['sql', 'data, bases', 'x]y', 3]);
  });

  it('names what it cannot read and goes on at the next key, skipping comment lines', () => {
    const text =
      '# a comment\nauthor:\n  name: Alice\n  site: x\ndraft: false\nnote: a # comment\nlist: [a, [b]]\nwrap: [a,\n  b]\nitems:\n  - a: 1\nalias: *x\n__proto__: p\ntitle: Kept\n';
    const { data, unread } = scan(text);
    expect(data).toEqual({ title: 'Kept' });
    expect(unread).toEqual(['author', 'draft', 'note', 'list', 'wrap', 'items', 'alias', '__proto__']);
  });

  it('keeps the last of a key given twice, as `yaml` does, or none where the last is not read', () => {
    expect(scan('title: A\ntitle: B\n').data).toEqual({ title: 'B' });
    expect(scan('title: A\ntitle: [a, {b: c}]\n')).toEqual({ data: {}, unread: ['title'] });
  });

  it('reads only its range of the text', () => {
    const text = 'ignored: 1\ntitle: T\nalso: ignored\n';
    const from = text.indexOf('title');
    expect(scanFrontMatter(text, from, text.indexOf('also')).data).toEqual({ title: 'T' });
  });
});

describe('scanFrontMatter on large front matter', () => {
  // The flow list took 12 s of CPU (quadratic: each item's lines were searched to the end of the whole line) before it
  // was read item by item; now a fraction of a second.
  it('reads a flow list of 400,000 plain and quoted items on one line, and 50,000 keys it cannot read, in linear time', () => {
    const n = 400_000;
    const items = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? `t${i}` : i % 3 === 1 ? `'t${i}'` : `"t${i}"`));
    const text = `tags: [${items.join(', ')}]\n${'a:\n  b: c\n'.repeat(50_000)}`;
    const t0 = cpuMs();
    const { data, unread } = scan(text);
    expect(cpuMs() - t0).toBeLessThan(CATASTROPHIC_MS);
    expect((data.tags as string[]).length).toBe(n);
    expect((data.tags as string[])[n - 1]).toBe(`t${n - 1}`);
    expect(unread.length).toBe(50_000);
  });
});

describe('scanFrontMatter on generated front matter', () => {
  const piece = fc.constantFrom(
    'word',
    'Episode 12',
    ' ',
    ': ',
    ':',
    '#',
    ' #',
    "'",
    '"',
    '- ',
    '-',
    ',',
    '[',
    ']',
    '{',
    '12',
    '3.5',
    'null',
    'true',
    '~',
    '2024-03-01',
    'T10:00:00Z',
    ' 10:00:00+01:00',
    '&a',
    '*a',
    '\t',
    'é',
  );
  const scalar = fc.array(piece, { minLength: 1, maxLength: 6 }).map((p) => p.join(''));
  const quoted = fc.oneof(
    scalar.map((s) => `'${s.replace(/'/g, "''")}'`),
    scalar.map((s) => `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`),
  );
  const item = fc.oneof(scalar, quoted);
  const value = fc.oneof(
    item.map((v) => ` ${v}`),
    fc.array(item, { maxLength: 4 }).map((vs) => ` [${vs.join(', ')}]`),
    fc
      .tuple(fc.array(item, { minLength: 1, maxLength: 3 }), fc.constantFrom('', '  ', '    '))
      .map(([vs, indent]) => `\n${vs.map((v) => `${indent}- ${v}`).join('\n')}`),
    fc.constantFrom('', '\n  name: x', ' |\n  block\n  text', ' a\n  b'),
  );
  const key = fc.constantFrom('title', 'date', 'tags', 'guests', 'episode', 'x-y', "'quoted'", '"q"');
  const frontMatter = fc
    .array(fc.tuple(key, value), { minLength: 1, maxLength: 6 })
    .map((kvs) => `${kvs.map(([k, v]) => `${k}:${v}`).join('\n')}\n`);

  it('reads every key as `yaml` does or names it unread (valid YAML only)', () => {
    fc.assert(
      fc.property(frontMatter, (text) => {
        fc.pre(isValidYaml(text));
        expectAsYaml(text);
      }),
      { numRuns: 2000 },
    );
  });
});
