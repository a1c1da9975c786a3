import type { Diagnostic, EpisodeMeta, Position } from '../model.js';
import type { FormatReader, RawItem } from '../raw.js';
import { decodeEntities } from '../html/decode-entities.js';
import { scanTags, type HtmlToken } from '../html/scan-tags.js';
import { createLineIndex } from '../text/line-index.js';
import { parseIsoDuration, parseTimestamp } from '../text/parse-timestamp.js';

const CITE = /<cite[\s>]/gi;
const PARAGRAPH = /<p[\s>]/gi;
const TIME = /<time[\s>]/gi;

function count(re: RegExp, text: string, atMost: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < atMost && re.exec(text)) n++;
  return n;
}

const clean = (s: string) => decodeEntities(s).replace(/\s+/g, ' ').trim();

/** `<time>1:02:03</time>`, or its `datetime` attribute (`PT1M2S`, `00:01:02`). */
function timeOf(text: string, attributes: string): number | undefined {
  const t = parseTimestamp(clean(text));
  if (t !== undefined) return t;
  const dt = /datetime\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1];
  return dt === undefined ? undefined : (parseIsoDuration(dt) ?? parseTimestamp(dt));
}

const HEADING = /^h[1-6]$/;

/**
 * HTML transcripts as the Podcasting 2.0 namespace documents them: `<cite>Name:</cite>`, `<time>0:00</time>`,
 * `<p>...</p>` a monologue; also inside a Markdown page (its `#` lines outside tags become headings). A speaker
 * and a time hold for the paragraphs after them; `<h2>`-`<h6>` are chapter headings.
 * @recognised HTML transcripts as Podcasting 2.0 documents them (`<cite>Name:</cite> <time>0:00</time> <p>...</p>`),
 *   also inside a Markdown page; `<h2>`-`<h6>` and Markdown `##` lines are chapters
 * @speakers `<cite>`
 * @times `<time>`
 */
export const htmlTranscript: FormatReader<'html'> = {
  name: 'html',
  label: 'HTML transcript (cite, time, p)',
  extensions: ['.html', '.htm'],
  mediaTypes: ['text/html'],
  syntax: 'html',
  detect(text) {
    const head = text.slice(0, 2_000_000);
    const cites = count(CITE, head, 2);
    const paragraphs = count(PARAGRAPH, head, 2);
    const times = count(TIME, head, 2);
    if (paragraphs === 0) return { score: 0, reason: 'no `<p>` paragraphs' };
    if (cites === 0 && times === 0)
      return { score: 0, reason: 'no `<cite>` speaker names or `<time>` stamps beside the `<p>` paragraphs' };
    // `\s` takes the BOM too; one quantifier, so a page of blanks with no `<` after them fails in linear time.
    const html = /^\s*</.test(text);
    if (!html && cites + times < 2)
      return { score: 0, reason: 'one `<cite>` or `<time>` in a text page is not an HTML transcript' };
    return {
      score: 0.93,
      reason: `${html ? 'HTML' : 'a text page holding HTML'} with ${cites > 0 ? '`<cite>` speaker names' : '`<time>` stamps'} and \`<p>\` paragraphs`,
    };
  },
  read(text) {
    const index = createLineIndex(text);
    const diagnostics: Diagnostic[] = [];
    const items: RawItem[] = [];
    const meta: Partial<EpisodeMeta> = {};
    const tokens = scanTags(text);
    let label: string | undefined;
    let start: number | undefined;
    /** The element whose text is being collected, and where it began. */
    let open: { name: string; attributes: string; from: number; text: string } | undefined;
    let depth = 0;
    /** A `<cite>` or `<time>` inside a paragraph (`<p><cite>Ann:</cite> text</p>`). */
    let inner: { name: string; attributes: string; from: number; text: string } | undefined;
    const position = (from: number, to: number): Position => index.position(from, to);
    const markdownLines = (t: HtmlToken & { kind: 'text' }) => {
      // A Markdown heading outside any element: `## Part two`.
      const re = /^(#{1,6})[ \t]+(\S[^\r\n]*)$/gm;
      for (let m = re.exec(t.text); m; m = re.exec(t.text)) {
        const title = clean(m[2]!.replace(/[ \t]#+[ \t]*$/, ''));
        const at = t.start + m.index;
        if (m[1]!.length === 1 && meta.title === undefined && items.length === 0) meta.title = title;
        else if (title) items.push({ kind: 'heading', title, position: position(at, at + m[0].length) });
      }
    };
    for (const t of tokens) {
      if (t.kind === 'text') {
        if (inner) inner.text += t.text;
        else if (open) open.text += t.text;
        else markdownLines(t);
        continue;
      }
      const collects =
        t.name === 'cite' || t.name === 'time' || t.name === 'p' || t.name === 'title' || HEADING.test(t.name);
      if (t.kind === 'open') {
        if (open && t.name === 'br') open.text += ' ';
        if (!collects) continue;
        if (open?.name === 'p' && !inner && (t.name === 'cite' || t.name === 'time')) {
          // At the start of a paragraph it names its speaker (`<p><cite>Ann:</cite> text</p>`); after its text, it ends an unclosed `<p>`.
          if (clean(open.text) === '') {
            inner = { name: t.name, attributes: t.attributes, from: t.start, text: '' };
            continue;
          }
          finish(t.start);
        }
        if (open && open.name === 'p' && t.name === 'p') {
          // An unclosed `<p>` ends where the next begins.
          finish(t.start);
        }
        if (!open) {
          open = { name: t.name, attributes: t.attributes, from: t.start, text: '' };
          depth = 0;
        } else if (t.name === open.name) depth++;
        continue;
      }
      if (inner && t.name === inner.name) {
        apply(inner, t.end);
        inner = undefined;
        continue;
      }
      if (open && t.name === open.name) {
        if (depth > 0) depth--;
        else finish(t.end);
      }
    }
    if (open) finish(text.length);

    function finish(to: number) {
      if (inner) apply(inner, to);
      inner = undefined;
      const o = open!;
      open = undefined;
      apply(o, to);
    }

    function apply(o: { name: string; attributes: string; from: number; text: string }, to: number) {
      const value = clean(o.text);
      if (o.name === 'cite') label = value.replace(/\s*:\s*$/, '') || undefined;
      else if (o.name === 'time') {
        start = timeOf(o.text, o.attributes);
        if (start === undefined && value !== '')
          diagnostics.push({
            severity: 'warning',
            origin: 'parser:html-time',
            message: `'${value.slice(0, 40)}' is not a time (h:mm:ss); the paragraph after it has none`,
            position: position(o.from, to),
          });
      } else if (o.name === 'title' || o.name === 'h1') {
        if (meta.title === undefined && value) meta.title = value;
      } else if (HEADING.test(o.name)) {
        if (value) items.push({ kind: 'heading', title: value, position: position(o.from, to) });
      } else if (value !== '') {
        items.push({ kind: 'line', label, start, text: value, position: position(o.from, to) });
        start = undefined;
      }
    }
    return { format: 'html', meta, items, diagnostics };
  },
};
