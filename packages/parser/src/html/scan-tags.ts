/** A tag or a run of text between tags, with its offsets in the source (`end` exclusive). */
export type HtmlToken =
  | { kind: 'open' | 'close'; name: string; attributes: string; start: number; end: number }
  | { kind: 'text'; text: string; start: number; end: number };

const TAG_NAME = /<(\/?)([A-Za-z][A-Za-z0-9-]*)/y;
/** A tag longer than this is not a tag (bounds the search for its `>`). */
const MAX_TAG = 4000;
/** Elements whose content is not text to read. */
const RAW = new Set(['script', 'style', 'head', 'template', 'svg']);

/**
 * A careful scanner of HTML's surface: tags (names lower-cased, attributes kept raw), comments and doctype
 * skipped, the content of script/style/head skipped, everything else text. No tree is built: the transcript
 * layout is flat (`<cite>`, `<time>`, `<p>`). Linear in the input.
 */
export function scanTags(html: string): HtmlToken[] {
  const out: HtmlToken[] = [];
  let i = 0;
  let textStart = 0;
  const flush = (to: number) => {
    if (to > textStart) out.push({ kind: 'text', text: html.slice(textStart, to), start: textStart, end: to });
  };
  // The first `>` at or after the current tag's name; kept while it is still ahead, so the search stays linear.
  let gt = -1;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (gt < lt) gt = html.indexOf('>', lt);
    if (gt < 0) break;
    if (html.startsWith('<!--', lt)) {
      flush(lt);
      const close = html.indexOf('-->', lt + 4);
      i = textStart = close < 0 ? html.length : close + 3;
      continue;
    }
    if ((html.startsWith('<!', lt) || html.startsWith('<?', lt)) && gt - lt < MAX_TAG) {
      flush(lt);
      i = textStart = gt + 1;
      continue;
    }
    TAG_NAME.lastIndex = lt;
    const m = TAG_NAME.exec(html);
    if (!m || gt - lt > MAX_TAG) {
      i = lt + 1;
      continue;
    }
    flush(lt);
    const name = m[2]!.toLowerCase();
    const end = gt + 1;
    const attributes = html.slice(lt + m[0].length, gt);
    out.push({ kind: m[1] ? 'close' : 'open', name, attributes, start: lt, end });
    i = textStart = end;
    if (!m[1] && RAW.has(name) && !/\/\s*$/.test(attributes)) {
      const closing = new RegExp(`</${name}`, 'gi');
      closing.lastIndex = end;
      const close = closing.exec(html)?.index ?? -1;
      i = textStart = close < 0 ? html.length : close;
    }
  }
  flush(html.length);
  return out;
}
