// Checks podlens on real transcripts against an independent reading of each file's own speech units.
// Usage: pnpm build && node scripts/check-real-files.mjs FOLDER MANIFEST.json [--verbose]
//
// MANIFEST is a JSON list of { file, tool, truth, ... } (file relative to FOLDER; tool: what made it, for the
// per-tool tally). `truth` says how the units are read here, without the parser:
//   "json"  speech-to-text and podcast JSON, by its schema (AssemblyAI, Deepgram, Whisper, Rev.ai, AWS, Google,
//           Azure, Speechmatics, Podcasting 2.0, Podlove)
//   "cues"  WebVTT or SRT: a unit a cue (a cue's lines split where a line starts with `<v Name>` or `Name:`);
//           the speaker from `<v Name>`, else a `Name:` prefix, else the cue before's (`carry: false` for none);
//           `rolling: true` for YouTube's auto-captions (only the word-stamped lines are spoken text)
//   "html"  Podcasting 2.0 HTML: <cite> speaker, <time> start, <p> text
//   "lines" text, Markdown or a Word document (.docx, through mammoth): `line` is a regex (flags "u") with the
//           named groups `speaker`, `text` and optionally `time` (h:mm:ss / m:ss); a line that does not match goes
//           on the unit before; `skip` is a regex of lines to leave out
// A unit without an end lasts until the next unit's start, as ../shared/README.md defines talk time (closeUnits).
// Each file is read right when: speakers as labelled within one; spoken words within 10% of a plain count of the
// units' text (whitespace-separated tokens holding a letter or digit); each main speaker's (>= 5% of the units'
// time) share within 3 points of the sum of their units' durations.
import { readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { speakerBalance } = await import(join(root, 'packages/parser/dist/index.js'));
const { readTranscriptFile, readTranscriptBytes } = await import(join(root, 'packages/parser/dist/node/index.js'));

const [folder, manifestPath] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const verbose = process.argv.includes('--verbose');
if (!folder || !manifestPath) {
  console.error('usage: node scripts/check-real-files.mjs FOLDER MANIFEST.json [--verbose]');
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

const plainWords = (s) => (s ?? '').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const num = (v) => (v === null || v === undefined || v === '' ? undefined : Number(v));
const clock = (s) => {
  const m = /^(?:(\d+):)?(\d{1,2}):(\d{1,2}(?:[.,]\d+)?)$/.exec(String(s).trim());
  return m ? Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3].replace(',', '.')) : undefined;
};
// Cue times as tools write them, also unpadded (`0:0:10.20`, older Teams); a negative part (`0:0:-6.-820`) is no time.
const cueClock = (s) =>
  /^[\d:.,]+$/.test(s) ? clock(s.replace(/^(\d+):(\d):/, '$1:0$2:').replace(/:(\d)([.,])/, ':0$1$2')) : undefined;

// ---- JSON schemas, read here without the parser ----
function jsonUnits(j) {
  const sec = (t) => (t && typeof t === 'object' ? Number(t.seconds ?? 0) + Number(t.nanos ?? 0) / 1e9 : parseFloat(t));
  if (Array.isArray(j) && j[0] && ('voice' in j[0] || 'start_ms' in j[0]))
    return j.map((e) => ({
      speaker: e.voice || e.speaker,
      start: num(e.start_ms) / 1000,
      end: num(e.end_ms) / 1000,
      text: e.text,
    }));
  if (Array.isArray(j?.transcripts) && j.transcripts[0] && 'text' in j.transcripts[0]) return jsonUnits(j.transcripts);
  if (Array.isArray(j?.segments) && j.segments.some((s) => 'body' in s))
    return j.segments.map((s) => ({ speaker: s.speaker, start: num(s.startTime), end: num(s.endTime), text: s.body }));
  if (Array.isArray(j?.utterances) && j.utterances[0] && 'start_ms' in j.utterances[0])
    return j.utterances.map((u) => ({
      speaker: u.speaker,
      start: u.start_ms / 1000,
      end: u.end_ms / 1000,
      text: u.text,
    }));
  if (Array.isArray(j?.utterances) && j.utterances[0] && 'text' in j.utterances[0])
    return j.utterances.map((u) => ({ speaker: u.speaker, start: u.start / 1000, end: u.end / 1000, text: u.text }));
  if (Array.isArray(j?.words) && (j.audio_duration !== undefined || j.acoustic_model !== undefined))
    return j.words.map((w) => ({ speaker: w.speaker, start: w.start / 1000, end: w.end / 1000, text: w.text }));
  if (j?.results?.utterances)
    return j.results.utterances.map((u) => ({ speaker: u.speaker, start: u.start, end: u.end, text: u.transcript }));
  if (j?.results?.channels)
    return j.results.channels.flatMap((c, n) =>
      c.alternatives[0].words.map((w) => ({
        speaker: w.speaker ?? (j.results.channels.length > 1 ? `ch${n}` : undefined),
        start: w.start,
        end: w.end,
        text: w.punctuated_word ?? w.word,
      })),
    );
  if (j?.results?.items) {
    const segs = j.results.speaker_labels?.segments ?? [];
    return j.results.items
      .filter((i) => i.type === 'pronunciation')
      .map((i) => ({
        speaker:
          i.speaker_label ??
          segs.find((s) => +s.start_time <= +i.start_time && +i.start_time <= +s.end_time)?.speaker_label,
        start: +i.start_time,
        end: +i.end_time,
        text: i.alternatives[0].content,
      }));
  }
  if (j?.monologues)
    return j.monologues.flatMap((m) =>
      m.elements
        .filter((e) => e.type === 'text')
        .map((e) => ({ speaker: m.speaker_name ?? m.speaker, start: e.ts, end: e.end_ts, text: e.value })),
    );
  if (j?.recognizedPhrases)
    return j.recognizedPhrases.map((p) => ({
      speaker: p.speaker ?? (p.channel !== undefined ? `ch${p.channel}` : undefined),
      start: p.offsetInTicks / 1e7,
      end: (p.offsetInTicks + p.durationInTicks) / 1e7,
      text: p.nBest?.[0]?.display,
    }));
  if (Array.isArray(j?.results) && j.results[0]?.alternatives?.[0]?.transcript !== undefined) {
    // Diarized: the last result holds every word with its speakerTag; else each result is a unit.
    const last = j.results[j.results.length - 1].alternatives[0].words ?? [];
    if (last.some((w) => w.speakerTag))
      return last.map((w) => ({
        speaker: w.speakerTag,
        start: sec(w.startTime ?? w.startOffset),
        end: sec(w.endTime ?? w.endOffset),
        text: w.word,
      }));
    let prev = 0;
    return j.results.map((r) => {
      const words = r.alternatives[0].words ?? [];
      const start = words.length ? sec(words[0].startTime ?? words[0].startOffset) : prev;
      const end =
        r.resultEndTime !== undefined
          ? sec(r.resultEndTime)
          : r.resultEndOffset !== undefined
            ? sec(r.resultEndOffset)
            : undefined;
      prev = end ?? prev;
      return {
        speaker: r.channelTag !== undefined ? `ch${r.channelTag}` : undefined,
        start,
        end,
        text: r.alternatives[0].transcript,
      };
    });
  }
  if (Array.isArray(j?.results) && j.results[0]?.type)
    return j.results
      .filter((r) => r.type === 'word')
      .map((r) => ({
        speaker: r.alternatives[0].speaker,
        start: r.start_time,
        end: r.end_time,
        text: r.alternatives[0].content,
      }));
  const segs = Array.isArray(j)
    ? j
    : (j?.segments ?? j?.result?.segments ?? j?.transcription?.segments ?? j?.output?.segments);
  if (Array.isArray(segs)) return segs.map((s) => ({ speaker: s.speaker, start: s.start, end: s.end, text: s.text }));
  throw new Error('no schema known to the checker');
}

// ---- cues (WebVTT, SRT) ----
const TIMING = /^\s*(\S+)\s*-->\s*(\S+)/;
function cueUnits(text, { carry = true, rolling = false } = {}) {
  const blocks = text.replace(/\r\n?/g, '\n').split(/\n{2,}/);
  const units = [];
  let speaker;
  for (const block of blocks) {
    const lines = block.split('\n');
    const t = lines.findIndex((l) => TIMING.test(l));
    if (t < 0) continue;
    const [, a, b] = TIMING.exec(lines[t]);
    const start = cueClock(a);
    const end = cueClock(b);
    let body = lines.slice(t + 1).filter((l) => l.trim() !== '');
    if (rolling) {
      // Auto-captions: the stamped line is the new text; other lines repeat what was said.
      body = body.filter((l) => /<\d{2}:\d{2}:\d{2}\.\d{3}>|<c>/.test(l));
      if (body.length === 0) continue;
    }
    const parts = [];
    for (const raw of body) {
      const v = /^<v(?:\.[^\s>]+)*\s+([^>]+)>/.exec(raw);
      const plain = raw.replace(/<[^>]*>/g, '').trim();
      const p = /^([\p{L}][\p{L}\p{N} .'’-]{0,40}?):\s+(\S.*)$/u.exec(plain);
      if (v) parts.push({ speaker: v[1].trim(), text: plain });
      else if (p && !rolling) parts.push({ speaker: p[1].trim(), text: p[2] });
      else if (parts.length > 0) parts[parts.length - 1].text += ` ${plain}`;
      else parts.push({ speaker: carry ? speaker : undefined, text: plain });
    }
    const words = parts.reduce((s, p) => s + Math.max(1, plainWords(p.text)), 0);
    let at = start;
    for (const p of parts) {
      const share =
        end !== undefined && start !== undefined
          ? ((end - start) * Math.max(1, plainWords(p.text))) / words
          : undefined;
      units.push({ speaker: p.speaker, start: at, end: share !== undefined ? at + share : undefined, text: p.text });
      if (share !== undefined) at += share;
      if (p.speaker !== undefined) speaker = p.speaker;
    }
  }
  return units;
}

// ---- Podcasting 2.0 HTML ----
function htmlUnits(text) {
  const decode = (s) =>
    s
      .replace(/<[^>]*>/g, ' ')
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&quot;/g, '"');
  const units = [];
  let speaker;
  let start;
  for (const m of text.matchAll(/<(cite|time|p)\b[^>]*>([\s\S]*?)<\/\1>/gi)) {
    const tag = m[1].toLowerCase();
    const value = decode(m[2]).trim();
    if (tag === 'cite') speaker = value.replace(/:\s*$/, '').trim();
    else if (tag === 'time') start = clock(value);
    else if (value !== '') {
      units.push({ speaker, start, text: value });
      start = undefined;
    }
  }
  return units;
}

// ---- text, Markdown, Word ----
function lineUnits(text, { line, skip }) {
  const re = new RegExp(line, 'u');
  const skipRe = skip ? new RegExp(skip, 'u') : undefined;
  const units = [];
  for (const raw of text
    .replace(/\r\n?/g, '\n')
    .replace(/^\uFEFF/, '')
    .split('\n')) {
    if (raw.trim() === '' || skipRe?.test(raw)) continue;
    const m = re.exec(raw);
    if (m)
      units.push({
        speaker: m.groups.speaker.trim(),
        start: m.groups.time ? clock(m.groups.time) : undefined,
        text: m.groups.text ?? '',
      });
    else if (units.length > 0) units[units.length - 1].text += ` ${raw}`;
  }
  return units;
}

/**
 * Units without an end, timed as ../shared/README.md defines talk time for sources with start times only: a unit
 * without a start joins the unit before it in one block; a block lasts until the next block's start and is shared
 * by its units in proportion to their words. The file does not say how long the last block lasts: its words at 2.5
 * a second, at most 5 s (the parser's guess, LAST_LINE_SECONDS). A file without any time: a unit lasts its words.
 */
function closeUnits(units) {
  const out = units.map((u) => ({ ...u }));
  // No time at all: each unit lasts its words at 2.5 a second.
  if (!out.some((u) => Number.isFinite(u.start))) {
    let t = 0;
    for (const u of out) {
      u.start = t;
      t += Math.max(1, plainWords(u.text)) / 2.5;
      u.end = t;
    }
    return out;
  }
  const blocks = [];
  for (const u of out) {
    if (Number.isFinite(u.start) && Number.isFinite(u.end)) continue;
    if (Number.isFinite(u.start) || blocks.length === 0)
      blocks.push({ start: Number.isFinite(u.start) ? u.start : 0, units: [u], at: out.indexOf(u) });
    else blocks[blocks.length - 1].units.push(u);
  }
  blocks.forEach((b, i) => {
    const next = blocks[i + 1]?.start;
    const words = b.units.reduce((s, u) => s + Math.max(1, plainWords(u.text)), 0);
    const span = next !== undefined ? Math.max(0, next - b.start) : Math.min(5, words / 2.5);
    let t = b.start;
    for (const u of b.units) {
      const d = (span * Math.max(1, plainWords(u.text))) / words;
      u.start = t;
      u.end = t + d;
      t += d;
    }
  });
  return out;
}

const fold = (s) =>
  String(s)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

async function check(entry) {
  const path = join(folder, entry.file);
  const bytes = readFileSync(path);
  let units;
  if (entry.truth === 'json') units = jsonUnits(JSON.parse(bytes.toString('utf8')));
  else if (entry.truth === 'cues') units = cueUnits(bytes.toString('utf8'), entry);
  else if (entry.truth === 'html') units = htmlUnits(bytes.toString('utf8'));
  else if (entry.truth === 'lines')
    units = lineUnits((await readTranscriptBytes(new Uint8Array(bytes), path)).text, entry);
  else throw new Error(`unknown truth '${entry.truth}'`);
  units = closeUnits(units.filter((u) => plainWords(u.text) > 0 || (u.text ?? '').trim() !== ''));
  const label = (u) =>
    u.speaker === undefined || u.speaker === null || String(u.speaker).trim() === '' ? '-' : String(u.speaker).trim();
  const seconds = new Map();
  for (const u of units)
    if (Number.isFinite(u.end - u.start))
      seconds.set(label(u), (seconds.get(label(u)) ?? 0) + Math.max(0, u.end - u.start));
  const total = [...seconds.values()].reduce((a, b) => a + b, 0);
  const order = [...new Set(units.map(label))];
  const words = units.reduce((s, u) => s + plainWords(u.text), 0);

  const result = await readTranscriptFile(path);
  const ep = result.episode;
  const ours = ep.turns.reduce((s, t) => s + t.words, 0);
  const balance = speakerBalance(ep).speakers;
  const byId = new Map(balance.map((b) => [b.id, b]));
  // Each labelled speaker is matched to ours by name (`A` is `Speaker A`), else by order of appearance.
  const taken = new Set();
  const match = (name, i) => {
    const f = fold(name);
    const s =
      ep.speakers.find(
        (x) =>
          !taken.has(x.id) &&
          (fold(x.name) === f ||
            (f.length > 0 && fold(x.name).endsWith(f) && /^(speaker|spk|channel|ch)/.test(fold(x.name))) ||
            x.aliases.some((a) => fold(a) === f)),
      ) ??
      (name === '-' ? ep.speakers.find((x) => !taken.has(x.id) && x.name === 'Speaker') : undefined) ??
      ep.speakers.filter((x) => !taken.has(x.id))[0] ??
      ep.speakers[i];
    if (s) taken.add(s.id);
    return s;
  };
  const shares = order.map((s, i) => {
    const truth = total > 0 ? (seconds.get(s) ?? 0) / total : 0;
    const sp = match(s, i);
    const mine = sp ? (byId.get(sp.id)?.talkShare ?? 0) : 0;
    return { s, as: sp?.name, truth, mine, d: Math.abs(truth - mine) * 100 };
  });
  const main = shares.filter((x) => x.truth >= 0.05);
  const okSpeakers = Math.abs(ep.speakers.length - order.length) <= 1;
  const okWords = Math.abs(ours - words) <= 0.1 * Math.max(1, words);
  const okShares = total === 0 || main.every((x) => x.d <= 3);
  return {
    format: ep.format,
    speakers: [ep.speakers.length, order.length],
    words: [ours, words],
    main,
    ok: okSpeakers && okWords && okShares,
    why: [okSpeakers ? '' : 'speakers', okWords ? '' : 'words', okShares ? '' : 'shares'].filter(Boolean),
    diagnostics: result.diagnostics,
  };
}

const tally = new Map();
for (const entry of manifest) {
  const t = tally.get(entry.tool) ?? { tried: 0, right: 0 };
  t.tried++;
  tally.set(entry.tool, t);
  let line = `${entry.tool.padEnd(22)} ${entry.file}: `;
  try {
    const r = await check(entry);
    if (r.ok) t.right++;
    line += `${r.ok ? 'RIGHT' : `WRONG (${r.why.join(', ')})`} as ${r.format}; speakers ${r.speakers[0]}/${r.speakers[1]}, words ${r.words[0]}/${r.words[1]}, shares ${r.main.map((x) => `${x.s}${x.as && fold(x.as) !== fold(x.s) ? `=${x.as}` : ''} ${(x.mine * 100).toFixed(1)}/${(x.truth * 100).toFixed(1)}`).join(', ')}`;
    if (verbose)
      for (const d of r.diagnostics.filter((d) => d.severity !== 'info').slice(0, 5))
        line += `\n      ${d.severity} ${d.origin}: ${d.message.slice(0, 140)}`;
  } catch (e) {
    line += `FAILED ${String(e.message).split('\n')[0].slice(0, 200)}`;
  }
  console.log(line);
}
console.log('\nper tool: tried / read right');
let tried = 0;
let right = 0;
for (const [tool, t] of [...tally].sort()) {
  console.log(`  ${tool.padEnd(24)} ${t.tried} / ${t.right}`);
  tried += t.tried;
  right += t.right;
}
console.log(`  ${'all'.padEnd(24)} ${tried} / ${right}`);
