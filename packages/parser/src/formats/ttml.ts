import type { Diagnostic, EpisodeMeta } from '../model.js';
import type { FormatReader, RawItem, RawTranscript } from '../raw.js';
import { decodeEntities } from '../html/decode-entities.js';
import { scanTags } from '../html/scan-tags.js';
import { createLineIndex } from '../text/line-index.js';
import { cueLines } from './cue-lines.js';

const NAMESPACE = /xmlns(?::\w+)?\s*=\s*["']http:\/\/www\.w3\.org\/(?:ns\/ttml|2006\/(?:04|10)\/ttaf1)["']/;
const ROOT = /^\s*(?:<\?xml[^>]{0,500}>\s*)?(?:<!--[\s\S]{0,2000}?-->\s*)*<(?:\w+:)?tt[\s>]/;

/** An attribute's value by its local name (`begin`, `ttm:agent` as `agent`, `xml:id` as `id`), entities decoded. */
export function ttmlAttribute(attributes: string, local: string): string | undefined {
  const m = new RegExp(String.raw`(?:^|\s)(?:[\w.-]+:)?${local}\s*=\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return m ? decodeEntities((m[1] ?? m[2]!).trim()) : undefined;
}

/** The rates a TTML document counts frames and ticks in (`ttp:frameRate`, `ttp:tickRate`; defaults 30 and 1). */
export interface TimeBase {
  frameRate: number;
  tickRate: number;
}

/**
 * Seconds of a TTML time expression: clock time (`00:01:02.5`, `00:01:02:12` with frames) or an offset
 * (`62.5s`, `1500ms`, `2m`, `1h`, `30f`, `100t`); a bare number as seconds (Apple Podcasts writes `1.980`).
 */
export function ttmlTime(value: string, base: TimeBase = { frameRate: 30, tickRate: 1 }): number | undefined {
  const v = value.trim();
  const clock = /^(\d{1,3}):(\d{2}):(\d{2})(?:(\.\d+)|:(\d{1,3})(?:\.\d+)?)?$/.exec(v);
  if (clock) {
    const [, h, m, s, fraction, frames] = clock;
    if (Number(m) >= 60 || Number(s) >= 60) return undefined;
    const sub = fraction ? Number(fraction) : frames ? Number(frames) / base.frameRate : 0;
    return Number(h) * 3600 + Number(m) * 60 + Number(s) + sub;
  }
  const offset = /^(\d+(?:\.\d+)?)(h|ms|m|s|f|t)?$/.exec(v);
  if (!offset) return undefined;
  const n = Number(offset[1]);
  const unit = offset[2] ?? 's';
  const seconds =
    unit === 'h'
      ? n * 3600
      : unit === 'm'
        ? n * 60
        : unit === 'ms'
          ? n / 1000
          : unit === 'f'
            ? n / base.frameRate
            : unit === 't'
              ? n / base.tickRate
              : n;
  return Number.isFinite(seconds) ? seconds : undefined;
}

/** The names of the `<ttm:agent xml:id="...">` of the head, from their `<ttm:name>`; linear in the input. */
export function ttmlAgents(text: string): Map<string, string> {
  const agents = new Map<string, string>();
  for (const chunk of text.split(/<\/(?:\w+:)?agent\s*>/)) {
    const open = chunk.lastIndexOf('<ttm:agent');
    if (open < 0) continue;
    const gt = chunk.indexOf('>', open);
    if (gt < 0) continue;
    const id = ttmlAttribute(chunk.slice(open + '<ttm:agent'.length, gt), 'id');
    const name = /<(?:\w+:)?name\b[^>]*>([^<]*)</.exec(chunk.slice(gt))?.[1];
    if (id && name && decodeEntities(name).trim() !== '') agents.set(id, decodeEntities(name).trim());
  }
  return agents;
}

const local = (name: string, attributes: string) =>
  attributes.startsWith(':') ? (/^:([\w.-]+)/.exec(attributes)?.[1]?.toLowerCase() ?? name) : name;

/**
 * TTML timed text (W3C TTML1/2, its older name DFXP, Apple Podcasts' transcripts, broadcast captions): each `<p>`
 * a cue, its speaker the `ttm:agent` (named in the head's `<ttm:agent>` where it is), word `<span>`s joined.
 * @recognised a `<tt>` root in the TTML namespace (`http://www.w3.org/ns/ttml`, DFXP's `ttaf1`) with `<p>`
 *   cues; Apple Podcasts' `podcasts:unit` word and sentence spans read as one paragraph
 * @speakers `ttm:agent` on the `<p>` or its `<div>`, by its `<ttm:name>` in the head, else its id
 * @times `begin`/`end`/`dur` on the `<p>` (clock or offset times, frames and ticks), else of its first and last
 *   `<span>`; a `<div>`'s `begin` offsets its cues
 */
export const ttml: FormatReader<'ttml'> = {
  name: 'ttml',
  label: 'TTML / DFXP timed text',
  extensions: ['.ttml', '.dfxp'],
  mediaTypes: ['application/ttml+xml'],
  syntax: 'xml',
  detect(text) {
    const head = text.replace(/^\uFEFF/, '').slice(0, 4000);
    if (!ROOT.test(head)) return { score: 0, reason: 'no `<tt>` root element' };
    if (!NAMESPACE.test(head)) return { score: 0.5, reason: 'a `<tt>` root without the TTML namespace' };
    return { score: 0.95, reason: 'a `<tt>` root in the TTML namespace' };
  },
  read(text) {
    const index = createLineIndex(text);
    const diagnostics: Diagnostic[] = [];
    const meta: Partial<EpisodeMeta> = {};
    const agents = ttmlAgents(text);
    const root = /<(?:\w+:)?tt\b([^>]{0,4000})>/.exec(text)?.[1] ?? '';
    const frameRate = Number(ttmlAttribute(root, 'frameRate')) || 30;
    const base: TimeBase = { frameRate, tickRate: Number(ttmlAttribute(root, 'tickRate')) || 1 };
    const title = /<ttm:title\b[^>]*>([^<]+)</.exec(text)?.[1];
    if (title && decodeEntities(title).trim()) meta.title = decodeEntities(title).trim();
    const time = (attributes: string, key: string) => {
      const value = ttmlAttribute(attributes, key);
      return value === undefined ? undefined : ttmlTime(value, base);
    };
    const items: RawItem[] = [];
    /** The open `<div>`s (and `<body>`): the agent and time offset their cues inherit. */
    const containers: { name: string; agent?: string; offset: number }[] = [];
    let cue:
      | { from: number; start?: number; end?: number; agent?: string; text: string; first?: number; last?: number }
      | undefined;
    let bad = 0;
    for (const token of scanTags(text)) {
      if (token.kind === 'text') {
        if (cue) cue.text += decodeEntities(token.text);
        continue;
      }
      const name = local(token.name, token.attributes);
      const attributes = token.attributes.replace(/^:[\w.-]+/, '');
      const outer = containers[containers.length - 1];
      const offset = outer?.offset ?? 0;
      if (name === 'body' || name === 'div') {
        if (token.kind === 'open' && !/\/\s*$/.test(attributes)) {
          containers.push({
            name,
            agent: ttmlAttribute(attributes, 'agent') ?? outer?.agent,
            offset: offset + (time(attributes, 'begin') ?? 0),
          });
        } else if (token.kind === 'close') {
          const at = containers.map((c) => c.name).lastIndexOf(name);
          if (at >= 0) containers.length = at;
        }
      } else if (name === 'p' && token.kind === 'open' && !/\/\s*$/.test(attributes)) {
        const begin = time(attributes, 'begin');
        const end = time(attributes, 'end');
        const dur = time(attributes, 'dur');
        if (ttmlAttribute(attributes, 'begin') !== undefined && begin === undefined) bad++;
        cue = {
          from: token.start,
          start: begin === undefined ? undefined : offset + begin,
          end:
            end !== undefined
              ? offset + end
              : begin !== undefined && dur !== undefined
                ? offset + begin + dur
                : undefined,
          agent: ttmlAttribute(attributes, 'agent') ?? outer?.agent,
          text: '',
        };
      } else if (name === 'span' && token.kind === 'open' && cue) {
        const begin = time(attributes, 'begin');
        const end = time(attributes, 'end');
        if (begin !== undefined) cue.first ??= offset + begin;
        if (end !== undefined) cue.last = offset + end;
        cue.text += ' ';
      } else if (name === 'span' && token.kind === 'close' && cue) {
        cue.text += ' ';
      } else if (name === 'br' && cue) {
        cue.text += '\n';
      } else if (name === 'p' && token.kind === 'close' && cue) {
        const body = cue.text
          .replace(/[ \t\r\n]*\n[ \t\r\n]*/g, '\n')
          .replace(/[ \t]+/g, ' ')
          .trim();
        if (body !== '') {
          const start = cue.start ?? cue.first;
          const last = cue.end ?? cue.last;
          const label = cue.agent === undefined ? undefined : (agents.get(cue.agent) ?? cue.agent);
          items.push(
            ...cueLines(
              [{ label, text: body }],
              start,
              last !== undefined && start !== undefined && last > start ? last : undefined,
              index.position(cue.from, token.end),
            ),
          );
        }
        cue = undefined;
      }
    }
    if (bad > 0)
      diagnostics.push({
        severity: 'warning',
        origin: 'parser:ttml-time',
        message: `${bad} \`<p>\` ${bad === 1 ? 'has' : 'have'} a \`begin\` that is no TTML time; ${bad === 1 ? 'it is' : 'they are'} timed from ${bad === 1 ? 'its' : 'their'} neighbours`,
      });
    return { format: 'ttml', meta, items, diagnostics } satisfies RawTranscript<'ttml'>;
  },
};
