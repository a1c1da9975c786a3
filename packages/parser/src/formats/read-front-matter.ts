import type { Diagnostic, EpisodeMeta } from '../model.js';
import type { LineIndex } from '../text/line-index.js';
import { metaOf } from './front-matter-meta.js';
import { FRONT, frontMatterEnd } from './markdown-yaml-format.js';
import { scanFrontMatter } from './scan-front-matter.js';

const TOML = /^\uFEFF?\+\+\+[ \t]*\r?\n/;
const YAML_KEY = /^(?:#|(?:[A-Za-z_][\w-]*|"[^"]*"|'[^']*'):(?:[ \t]|$))/;
const TOML_KEY = /^(?:#|\[|(?:[A-Za-z_][\w.-]*|"[^"]*")[ \t]*=)/;

export interface FrontMatter {
  /** Where the page after the front matter's closing line begins. */
  bodyStart: number;
  meta: Partial<EpisodeMeta>;
  diagnostics: Diagnostic[];
}

/** Where front matter at the very start of a page is (`---` or `+++` lines around it), or undefined where there is none closed. */
export function frontMatterSpan(
  text: string,
): { toml: boolean; base: number; end: number; lineEnd: number; bodyStart: number } | undefined {
  const yaml = FRONT.exec(text);
  const open = yaml ?? TOML.exec(text);
  if (!open) return undefined;
  const base = open[0].length;
  const end = frontMatterEnd(text, base, yaml ? '---' : '+++');
  if (end < 0) return undefined;
  // Its first line is a key (`title:`, `title =`, `[params]`): a page of turns between two `---` rules is no front matter.
  const first = /^[ \t]*\S.*/m.exec(text.slice(base, Math.max(base, end)))?.[0].trim();
  if (first !== undefined && !(yaml ? YAML_KEY : TOML_KEY).test(first)) return undefined;
  // The closing line's end (before its line break) and the page's next line.
  const nl = text.indexOf('\n', end + 2);
  const lineEnd = nl < 0 ? text.length : text[nl - 1] === '\r' ? nl - 1 : nl;
  return { toml: !yaml, base, end: Math.max(base, end), lineEnd, bodyStart: nl < 0 ? text.length : nl + 1 };
}

/**
 * The front matter at the very start of a Markdown page, without a YAML library: YAML (`---` ... `---`) read by
 * `scanFrontMatter` into the episode metadata the Markdown+YAML reader takes (`metaOf`), TOML (`+++` ... `+++`,
 * Hugo's) only passed over. What is not read is one info diagnostic positioned at the front matter. Undefined
 * where the page has no closed front matter.
 */
export function readFrontMatter(text: string, index: LineIndex): FrontMatter | undefined {
  const span = frontMatterSpan(text);
  if (!span) return undefined;
  const position = index.position(0, span.lineEnd);
  const diagnostics: Diagnostic[] = [];
  const info = (message: string) =>
    diagnostics.push({ severity: 'info', origin: 'parser:front-matter', message, position });
  if (span.toml) {
    info('TOML front matter (`+++`) is not read: the episode gets no metadata from it');
    return { bodyStart: span.bodyStart, meta: {}, diagnostics };
  }
  const { data, unread } = scanFrontMatter(text, span.base, span.end);
  const meta = metaOf(data, diagnostics);
  if (unread.length > 0)
    info(
      `front matter: ${unread.length === 1 ? 'a key' : `${unread.length} keys`} not read (those read hold text, numbers, dates or lists of them): ${unread
        .slice(0, 10)
        .map((k) => `'${k}'`)
        .join(', ')}${unread.length > 10 ? ', ...' : ''}`,
    );
  return { bodyStart: span.bodyStart, meta, diagnostics };
}
