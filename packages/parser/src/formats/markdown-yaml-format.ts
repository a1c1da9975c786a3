import type { FormatReader } from '../raw.js';

/** The first line of YAML front matter. */
export const FRONT = /^\uFEFF?---[ \t]*\r?\n/;

/** Where the front matter's closing `---` line (or `fence`: `+++` for TOML) begins (at its line break), or -1. */
export function frontMatterEnd(text: string, from: number, fence = '---'): number {
  // A native search for each `\n---`, then the rest of the line by hand: a regex tried at every line break was slower.
  const close = `\n${fence}`;
  for (let at = text.indexOf(close, from - 1); at >= 0; at = text.indexOf(close, at + 1)) {
    let i = at + close.length;
    while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
    const c = text.charCodeAt(i);
    if (i === text.length || c === 10 || (c === 13 && text.charCodeAt(i + 1) === 10))
      return at > 0 && at - 1 >= from - 1 && text.charCodeAt(at - 1) === 13 ? at - 1 : at;
  }
  return -1;
}

/**
 * A Markdown page whose YAML front matter holds the transcript (`transcript:` list) and the episode's metadata; once named `dtc`.
 * @recognised Markdown with YAML front matter holding `transcript: [{header} / {line, sec, who}]`, plus title,
 *   season, guests, topics, duration
 * @speakers `who`
 * @times `sec`
 */
export const markdownYamlFormat: Omit<FormatReader<'markdown-yaml'>, 'read'> = {
  name: 'markdown-yaml',
  aliases: ['dtc'],
  label: 'Markdown with a YAML transcript',
  mediaTypes: ['text/markdown', 'application/yaml'],
  extensions: ['.md', '.markdown', '.yaml', '.yml'],
  detect(text) {
    const m = FRONT.exec(text);
    if (!m) return { score: 0, reason: 'no YAML front matter (a first line `---`)' };
    const end = frontMatterEnd(text, m[0].length);
    if (end < 0) return { score: 0, reason: 'the YAML front matter is never closed by `---`' };
    const head = text.slice(m[0].length, end);
    if (!/^transcript:/m.test(head)) return { score: 0.3, reason: 'YAML front matter without a `transcript:` list' };
    return { score: 0.95, reason: 'YAML front matter with a transcript list' };
  },
};
