import { describe, expect, it } from 'vitest';
import { docTags, END, formatTable, readerDocs, START, withFormatTable } from '../scripts/format-table.mjs';

const reader = `import x from './x.js';

/**
 * Foo captions: what the reader does.
 * @recognised \`FOO\` signature, then cues
 *   split over two lines
 * @speakers \`<v Name>\` | none
 * @times cue times
 */
export const foo: FormatReader<'foo'> = {
  name: 'foo',
`;
const json = `/** Bar JSON.\n * @recognised \`bars\`\n * @speakers \`who\`\n * @times \`at\` in ms */\nexport const bar = jsonReader({\n  name: 'bar',`;
const foo = { name: 'foo', label: 'Foo captions', extensions: ['.foo', '.txt'], aliases: ['f'] };

describe('format-table (README rows from the registry and the readers’ doc tags)', () => {
  it('docTags(comment) reads @tags, joining continuation lines', () => {
    expect(docTags('\n * Text.\n * @a one\n *   two\n * @b three\n ')).toEqual({ a: 'one two', b: 'three' });
  });

  it('readerDocs(sources) finds the doc comment of each reader by its name, object or jsonReader(...) alike', () => {
    const docs = readerDocs([
      { file: 'foo.ts', text: reader },
      { file: 'bar.ts', text: json },
    ]);
    expect(docs.get('foo')).toMatchObject({
      recognised: '`FOO` signature, then cues split over two lines',
      speakers: '`<v Name>` | none',
    });
    expect(docs.get('bar')).toMatchObject({ recognised: '`bars`', times: '`at` in ms' });
  });

  it('formatTable(formats, docs) writes a row a format, in order, pipes escaped; aliases named', () => {
    const docs = readerDocs([{ file: 'foo.ts', text: reader }]);
    const rows = formatTable([foo], docs).split('\n');
    expect(rows).toHaveLength(3);
    expect(rows[2]).toBe(
      '| `foo` | Foo captions (`.foo`, `.txt`); also accepted as `f` | `FOO` signature, then cues split over two lines | `<v Name>` \\| none | cue times |',
    );
  });

  it('formatTable throws naming a reader without its tags', () => {
    expect(() => formatTable([{ ...foo, name: 'baz' }], new Map())).toThrow(
      /'baz' has no @recognised, @speakers, @times/,
    );
  });

  it('withFormatTable(readme, table) replaces what is between the markers, and refuses a README without them', () => {
    const readme = `# X\n\n${START}\nold\n${END}\n\nafter\n`;
    expect(withFormatTable(readme, 'new')).toBe(`# X\n\n${START}\nnew\n${END}\n\nafter\n`);
    expect(withFormatTable(withFormatTable(readme, 'new'), 'new')).toBe(withFormatTable(readme, 'new'));
    expect(() => withFormatTable('# X\n', 'new')).toThrow(/markers/);
  });
});
