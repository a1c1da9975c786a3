import type { Diagnostic, EpisodeMeta } from '../model.js';
import type { FormatReader, RawItem, RawTranscript } from '../raw.js';
import { createLineIndex } from '../text/line-index.js';
import { parseTimestamp } from '../text/parse-timestamp.js';
import { scanLines, type SourceLine } from '../text/scan-lines.js';
import { isNameLike, isPlaceholderLabel } from '../labels/label-rules.js';

/** `Label: text (m:ss)`; the stamp is optional on lines that continue a turn. */
const STAMP = /^\((\d{1,2}(?::\d{2}){1,2})\)$/;

interface ParagraphMatch {
  label: string;
  body: string;
  stamp?: string;
}

/**
 * `Label: text (m:ss)` split by hand: one regular expression with a lazy body and an optional stamp before `$`
 * backtracks quadratically on a long line (a fuzzed 300k-character line took over a minute).
 */
function matchParagraph(line: string): ParagraphMatch | undefined {
  const colon = line.indexOf(':');
  if (colon < 1 || colon > 200) return undefined;
  const label = line.slice(0, colon).trim();
  if (label === '') return undefined;
  let i = colon;
  while (line.charCodeAt(i) === 58) i++;
  if (!/\s/.test(line[i] ?? '')) return undefined;
  let body = line.slice(i).trim();
  let stamp: string | undefined;
  if (body.endsWith(')')) {
    const open = body.lastIndexOf('(');
    const m = open >= 0 && body.length - open <= 12 ? STAMP.exec(body.slice(open)) : null;
    if (m) {
      stamp = m[1];
      body = body.slice(0, open).trimEnd();
    }
  }
  return { label, body, stamp };
}

function isStamped(line: string): boolean {
  const t = line.trimEnd();
  if (!t.endsWith(')')) return false;
  const open = t.lastIndexOf('(');
  return open >= 0 && t.length - open <= 12 && STAMP.test(t.slice(open));
}
const SEASON = /^\s*Season\s+(\d+)\s*,\s*episode\s+(\d+)\b(.*)$/i;
const GUESTS = /\bwith\s+(.+?)\s*\.?$/i;
const SENTENCES = /[.!?]["”’)]?\s+["“‘(]?[A-Z]/;
const TRANSCRIPT_MARK = /^\s*transcript\s*:?\s*$/i;

function splitNames(list: string): string[] {
  return list
    .split(/,|&|\band\b/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A long run of sentences with no label: a paragraph whose speaker label was lost, not a heading. */
function isUnlabelledParagraph(text: string): boolean {
  const t = text.trim();
  return t.length > 150 && (t.match(/[.!?]["”’)]?(?:\s|$)/g) ?? []).length >= 2 && /[.!?"”’)]$/.test(t);
}

interface Classified {
  line: SourceLine;
  kind: 'paragraph' | 'other';
  label?: string;
  body?: string;
  stamp?: string;
}

function classify(lines: SourceLine[]): Classified[] {
  const known = new Set<string>();
  for (const line of lines) {
    if (!isStamped(line.text)) continue;
    const m = matchParagraph(line.text);
    if (m && isNameLike(m.label)) known.add(m.label);
  }
  return lines.map((line) => {
    if (line.text.trim() === '') return { line, kind: 'other' };
    const m = matchParagraph(line.text);
    if (!m)
      return isUnlabelledParagraph(line.text)
        ? { line, kind: 'paragraph', body: line.text.trim() }
        : { line, kind: 'other' };
    const { label, body, stamp } = m;
    const sentenceLabel = !isNameLike(label) && (body.length > 80 || (label.length > 60 && body.length > 40));
    if (stamp === undefined && !known.has(label) && !isPlaceholderLabel(label) && !sentenceLabel)
      return { line, kind: 'other' };
    return { line, kind: 'paragraph', label, body, stamp };
  });
}

/**
 * The text a reader copies from an episode page: boilerplate, title, headings and `Speaker: text (m:ss)` paragraphs.
 * @recognised `Speaker: text (m:ss)` paragraphs; title, `Season N, episode M ... with NAME`, headings as chapters;
 *   site boilerplate left out (reported)
 * @speakers label
 * @times `(m:ss)`
 */
export const pageText: FormatReader<'page-text'> = {
  name: 'page-text',
  extensions: ['.txt'],
  label: 'Transcript page text',
  mediaTypes: ['text/plain'],
  detect(text) {
    const sample = scanLines(text.slice(0, 200_000));
    let stamped = 0;
    for (const l of sample) if (isStamped(l.text) && matchParagraph(l.text)) stamped++;
    if (stamped < 2) return { score: 0, reason: `${stamped} lines of the form 'Speaker: text (m:ss)' (needs 2)` };
    return { score: 0.7, reason: `${stamped} lines of the form 'Speaker: text (m:ss)'` };
  },
  read(text) {
    const index = createLineIndex(text);
    const diagnostics: Diagnostic[] = [];
    const lines = classify(scanLines(text));
    const meta: Partial<EpisodeMeta> = {};
    const first = lines.findIndex((l) => l.kind === 'paragraph');
    let last = -1;
    for (let i = lines.length - 1; i >= 0; i--)
      if (lines[i]!.kind === 'paragraph') {
        last = i;
        break;
      }
    const pos = (l: SourceLine) => index.position(l.start, l.end);

    // Headings directly above the first paragraph belong to the body; the rest of the top is the page's head.
    let bodyStart = first;
    for (let i = first - 1; i >= 0; i--) {
      const t = lines[i]!.line.text.trim();
      if (t === '') continue;
      if (TRANSCRIPT_MARK.test(t) || SEASON.test(t) || (SENTENCES.test(t) && /[.!]$/.test(t)) || t.length > 200) break;
      bodyStart = i;
    }
    let seasonLine = -1;
    for (let i = 0; i < bodyStart; i++) {
      const m = SEASON.exec(lines[i]!.line.text);
      if (m) {
        seasonLine = i;
        meta.season = Number(m[1]);
        meta.episode = Number(m[2]);
        const g = GUESTS.exec(m[3] ?? '');
        if (g) meta.guestNames = splitNames(g[1]!);
        break;
      }
    }
    const head = lines
      .slice(0, seasonLine >= 0 ? seasonLine : bodyStart)
      .filter((l) => l.line.text.trim() !== '' && !TRANSCRIPT_MARK.test(l.line.text));
    const titleLine = seasonLine >= 0 ? head[head.length - 1] : head[0];
    if (titleLine && titleLine.line.text.trim().length <= 200) meta.title = titleLine.line.text.trim();
    const items: RawItem[] = [];
    lines.forEach((l, i) => {
      const t = l.line.text.trim();
      if (t === '') return;
      if (i < bodyStart || i > last || first < 0) {
        if (i !== seasonLine && t !== meta.title)
          diagnostics.push({
            severity: 'info',
            origin: 'parser:boilerplate',
            message: `left out of the transcript: '${t.length > 60 ? `${t.slice(0, 57)}...` : t}'`,
            position: pos(l.line),
          });
        return;
      }
      if (l.kind === 'other') {
        items.push({ kind: 'heading', title: t, position: pos(l.line) });
        return;
      }
      const start = l.stamp !== undefined ? parseTimestamp(l.stamp) : undefined;
      if (l.label === undefined)
        diagnostics.push({
          severity: 'info',
          origin: 'parser:speaker-missing',
          message: 'a paragraph without a speaker label continues the turn before it',
          position: pos(l.line),
        });
      items.push({
        kind: 'line',
        label: l.label === undefined || isPlaceholderLabel(l.label) ? undefined : l.label,
        start,
        text: l.body!,
        position: pos(l.line),
      });
    });
    return { format: 'page-text', meta, items, diagnostics } satisfies RawTranscript;
  },
};
