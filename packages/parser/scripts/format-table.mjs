// README's "Supported formats" table, generated from the format registry: one row a format, in the registry's
// order, from each reader's name, label, extensions and aliases, and from three tags of the doc comment above the
// reader in its own file (`@recognised`, `@speakers`, `@times`), so that the prose stays beside the reader and out
// of the browser bundle. test/readme.spec.ts fails when README.md differs from what this writes.
//
// Usage (after `pnpm build`): node scripts/format-table.mjs [--check]   (writes ../../README.md; --check only compares)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const TAGS = ['recognised', 'speakers', 'times'];
export const START =
  '<!-- formats:start: generated from the format registry by `pnpm --filter @podlens/parser readme:formats`; edit the readers, not this table -->';
export const END = '<!-- formats:end -->';

/** A reader's doc comment, then `export const x[: T] = [jsonReader(]{ name: 'x'`. */
const READER =
  /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export const \w+(?::[^=]+)?\s*=\s*(?:\w+\(\s*)?\{\s*name: '([\w-]+)'/g;

/** The tags of one doc comment's body: `{ recognised, speakers, times }` (continuation lines joined by a space). */
export function docTags(comment) {
  const lines = comment
    .split('\n')
    .map((l) => l.replace(/^\s*\*\s?/, '').trim())
    .filter((l) => l !== '');
  const tags = {};
  let current;
  for (const line of lines) {
    const m = /^@(\w+)\s*(.*)$/.exec(line);
    if (m) {
      current = m[1];
      tags[current] = m[2];
    } else if (current) tags[current] += ` ${line}`;
  }
  return tags;
}

/** The doc tags of every reader in `sources` (`[{ file, text }]`), by format name. */
export function readerDocs(sources) {
  const docs = new Map();
  for (const { text } of sources) for (const m of text.matchAll(READER)) docs.set(m[2], docTags(m[1]));
  return docs;
}

/** The sources of the readers' folder (`src/formats`), specs left out. */
export function readerSources(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))
    .sort()
    .map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));
}

const cell = (s) => s.replace(/\|/g, '\\|');

/** The Markdown table of `formats` (the registry's `FormatInfo`s); throws naming a format whose reader lacks a tag. */
export function formatTable(formats, docs) {
  const rows = formats.map((f) => {
    const doc = docs.get(f.name) ?? {};
    const missing = TAGS.filter((t) => !doc[t]);
    if (missing.length > 0)
      throw new Error(`format-table: the reader of '${f.name}' has no ${missing.map((t) => `@${t}`).join(', ')}`);
    const also = f.aliases.length > 0 ? `; also accepted as ${f.aliases.map((a) => `\`${a}\``).join(', ')}` : '';
    const name = `${f.label} (${f.extensions.map((e) => `\`${e}\``).join(', ')})${also}`;
    return `| \`${f.name}\` | ${cell(name)} | ${cell(doc.recognised)} | ${cell(doc.speakers)} | ${cell(doc.times)} |`;
  });
  return [
    '| format | name, file endings | recognised by | speakers | times |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** `readme` with the text between the START and END markers replaced by `table`; throws if a marker is missing. */
export function withFormatTable(readme, table) {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END, from);
  if (from < 0 || to < 0) throw new Error('format-table: README.md lacks the formats:start / formats:end markers');
  return `${readme.slice(0, from + START.length)}\n${table}\n${readme.slice(to)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const here = dirname(fileURLToPath(import.meta.url));
  const { formats } = await import('../dist/index.js');
  const readmePath = join(here, '../../../README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const next = withFormatTable(readme, formatTable(formats, readerDocs(readerSources(join(here, '../src/formats')))));
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('format-table: README.md is out of date: run pnpm --filter @podlens/parser readme:formats');
      process.exit(1);
    }
  } else if (next !== readme) {
    writeFileSync(readmePath, next);
    console.log('format-table: README.md rewritten');
  } else console.log('format-table: README.md is up to date');
}
