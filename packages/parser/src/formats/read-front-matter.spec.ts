import { describe, expect, it } from 'vitest';
import { createLineIndex } from '../text/line-index.js';
import { frontMatterSpan, readFrontMatter } from './read-front-matter.js';

const read = (text: string) => readFrontMatter(text, createLineIndex(text));

describe('readFrontMatter', () => {
  it('reads YAML front matter into the metadata metaOf maps, and says where the page goes on', () => {
    const text =
      '---\ntitle: "Ep 12: Databases"\ndate: 2024-03-01\ntags: [sql, data]\nguests:\n  - Bob\n---\n\n**A:** x\n';
    const front = read(text)!;
    expect(front.meta).toMatchObject({
      title: 'Ep 12: Databases',
      date: '2024-03-01',
      tags: ['sql', 'data'],
      guests: ['Bob'],
    });
    expect(front.diagnostics).toEqual([]);
    expect(text.slice(front.bodyStart)).toBe('\n**A:** x\n');
  });

  it('keeps what it cannot read as one info diagnostic positioned at the front matter', () => {
    const text = '---\r\ntitle: T\r\nauthor:\r\n  name: A\r\ndraft: true\r\n---\r\nbody\r\n';
    const front = read(text)!;
    expect(front.meta.title).toBe('T');
    expect(front.diagnostics).toEqual([
      {
        severity: 'info',
        origin: 'parser:front-matter',
        message:
          "front matter: 2 keys not read (those read hold text, numbers, dates or lists of them): 'author', 'draft'",
        position: {
          start: { line: 1, column: 1, offset: 0 },
          end: { line: 6, column: 4, offset: text.indexOf('\r\nbody') },
        },
      },
    ]);
    expect(text.slice(front.bodyStart)).toBe('body\r\n');
  });

  it('passes over TOML front matter (`+++`) with an info diagnostic, reading nothing from it', () => {
    const text = '+++\ntitle = "T"\ndate = 2024-03-01\n+++\nbody';
    const front = read(text)!;
    expect(front.meta).toEqual({});
    expect(front.diagnostics.map((d) => [d.severity, d.origin, d.position?.end.line])).toEqual([
      ['info', 'parser:front-matter', 4],
    ]);
    expect(text.slice(front.bodyStart)).toBe('body');
  });

  it('takes only closed front matter at the very start whose first line is a key', () => {
    for (const text of [
      'x\n---\ntitle: T\n---\n',
      '---\ntitle: T\n',
      '---\n**Alice:** Hi.\n\n**Bob:** Hello.\n---\n',
      '+++\n**Alice:** Hi.\n+++\n',
    ])
      expect(frontMatterSpan(text), text).toBeUndefined();
    const bom = '\uFEFF---\n# comment\ntitle: T\n---';
    expect(frontMatterSpan(bom)).toMatchObject({ toml: false, bodyStart: bom.length, lineEnd: bom.length });
  });
});
