import type {
  Chapter,
  Diagnostic,
  Episode,
  Paragraph,
  ParseResult,
  Position,
  Speaker,
  StageDirection,
  Turn,
} from './model.js';
import type { RawLine, RawTranscript } from './raw.js';
import { cleanLabel, isNameLike } from './labels/label-rules.js';
import { isGenericLabel } from './labels/generic-label.js';
import { isNameShaped, LONG_NAME } from './labels/name-shape.js';
import { jointLabel } from './labels/joint-label.js';
import { suggestSpeakerNames } from './labels/suggest-names.js';
import { mergeAliases, type LabelStats } from './labels/merge-aliases.js';
import { assignRoles } from './roles/assign-roles.js';
import { assignTimes } from './timing/assign-times.js';
import { countQuestions } from './text/count-questions.js';
import { countWords } from './text/count-words.js';
import { slug } from './text/slug.js';
import { splitStageDirections } from './text/split-stage-directions.js';

export interface BuildOptions {
  /** Display names by person id (a people folder), for guests' full names. */
  people?: Record<string, string>;
}

interface Line {
  raw: RawLine;
  label: string;
  spoken: string;
  directions: string[];
  words: number;
}

const short = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 3)}...` : s);

/** From the earlier start to the later end (lines timed in start order need not be in source order). */
function span(a?: Position, b?: Position): Position | undefined {
  if (!a || !b) return a ?? b;
  return {
    start: a.start.offset <= b.start.offset ? a.start : b.start,
    end: a.end.offset >= b.end.offset ? a.end : b.end,
  };
}

function resolveLabels(lines: RawLine[], diagnostics: Diagnostic[]): string[] {
  // A transcript that names no speaker at all (Whisper, captions) is one unknown speaker: one note, not one a line.
  if (lines.length > 0 && lines.every((l) => l.label === undefined)) {
    diagnostics.push({
      severity: 'info',
      origin: 'parser:speaker-missing',
      message: "the transcript names no speakers: every line is given to one speaker, 'Speaker', whose role is unknown",
    });
    return lines.map(() => 'Speaker');
  }
  const labels: string[] = [];
  // A long full name used on three lines or more is a name, not a sentence (see LONG_NAME).
  const uses = new Map<string, number>();
  for (const l of lines) if (l.label !== undefined) uses.set(l.label, (uses.get(l.label) ?? 0) + 1);
  const longName = (raw: string, label: string) => (uses.get(raw) ?? 0) >= 3 && isNameShaped(label, LONG_NAME);
  const cleaned = new Map<string, { to: string; count: number; position?: Position }>();
  // Joint labels by the set of names they join: `Jason & Adam` is the speaker `Adam & Jason` first written.
  const joint = new Map<string, { label: string; names: string[]; position?: Position }>();
  let prev: string | undefined;
  for (const line of lines) {
    let label = line.label !== undefined ? cleanLabel(line.label) : undefined;
    const names = label ? jointLabel(label) : undefined;
    if (label && names) {
      const key = names
        .map((n) => n.toLowerCase())
        .sort()
        .join('\u0000');
      const first = joint.get(key);
      if (first) label = first.label;
      else joint.set(key, { label, names, position: line.position });
    }
    if (line.label !== undefined && label !== undefined && label !== line.label.trim() && label !== '') {
      const seen = cleaned.get(line.label);
      if (seen) seen.count++;
      else cleaned.set(line.label, { to: label, count: 1, position: line.position });
    }
    if (label !== undefined && label !== '' && !names && !isNameLike(label) && !longName(line.label!, label)) {
      diagnostics.push({
        severity: 'warning',
        origin: 'parser:speaker-label',
        message: `the speaker label '${short(label)}' is a sentence, not a name; its line is attributed to ${prev ? `'${prev}', the speaker before` : "'Speaker'"}`,
        position: line.position,
      });
      label = undefined;
    } else if (label === undefined || label === '') {
      diagnostics.push({
        severity: 'info',
        origin: 'parser:speaker-missing',
        message: `a line without a speaker label is attributed to ${prev ? `'${prev}', the speaker before` : "'Speaker' (no speaker before it)"}`,
        position: line.position,
      });
      label = undefined;
    }
    label ??= prev ?? 'Speaker';
    labels.push(label);
    prev = label;
  }
  for (const [from, { to, count, position }] of cleaned)
    diagnostics.push({
      severity: 'info',
      origin: 'parser:speaker-label',
      message: `the label '${from}' is read as '${to}' (${count} line${count > 1 ? 's' : ''})`,
      position,
    });
  for (const { label, names, position } of joint.values())
    diagnostics.push({
      severity: 'info',
      origin: 'parser:speaker-joint',
      message: `the label '${short(label)}' names ${names.length} people (${names.map((n) => `'${short(n, 30)}'`).join(', ')}) speaking together: their lines are one speaker of its own, not split between them`,
      position,
    });
  return labels;
}

/** Reconciles what a reader found into the episode model: labels, aliases, times, turns, chapters and roles. */
export function buildEpisode(raw: RawTranscript, options: BuildOptions = {}): ParseResult {
  const diagnostics: Diagnostic[] = [...raw.diagnostics];
  const rawLines = raw.items
    .filter((i): i is RawLine => i.kind === 'line')
    .map((r) => {
      if (r.start === undefined || r.start >= 0) return r;
      diagnostics.push({
        severity: 'warning',
        origin: 'parser:time-negative',
        message: `a negative start time (${r.start}s) is read as 0`,
        position: r.position,
      });
      return { ...r, start: 0 };
    });
  const labels = resolveLabels(rawLines, diagnostics);
  const knownLabels = new Set(labels.map((l) => l.toLowerCase()));
  const lines: Line[] = rawLines.map((r, i) => {
    const { text, directions } = splitStageDirections(r.text);
    const words = countWords(text);
    // Only a short line can be a bare name.
    const bare = text.length <= 60 ? text.replace(/[\s.,;:!?]+$/, '').toLowerCase() : '';
    if (text !== '' && !/\p{L}/u.test(text))
      diagnostics.push({
        severity: 'warning',
        origin: 'parser:garbled-line',
        message: `the line '${short(r.text.trim())}' holds no words (a garbled line?); kept in ${labels[i]}'s turn`,
        position: r.position,
      });
    else if (bare !== '' && knownLabels.has(bare) && bare !== labels[i]!.toLowerCase())
      diagnostics.push({
        severity: 'warning',
        origin: 'parser:garbled-line',
        message: `the line holds only the name '${text.trim()}' (a misplaced speaker label?); kept in ${labels[i]}'s turn`,
        position: r.position,
      });
    return { raw: r, label: labels[i]!, spoken: text, directions, words };
  });

  const durationSeconds = raw.meta.durationSeconds;
  const timeLines = (speakerOf: (l: Line) => string) =>
    assignTimes(
      lines.map((l) => ({ speaker: speakerOf(l), start: l.raw.start, end: l.raw.end, words: l.words })),
      { durationSeconds },
    );

  // Aliases: minor labels that spell a main speaker's name are that speaker.
  const first = timeLines((l) => l.label);
  const stats = new Map<string, LabelStats>();
  lines.forEach((l, i) => {
    const s = stats.get(l.label) ?? { label: l.label, seconds: 0, lines: 0 };
    s.seconds += first.lines[i]!.seconds;
    s.lines++;
    stats.set(l.label, s);
  });
  const review = raw.exactLabels ? { merged: [], keptApart: [] } : mergeAliases([...stats.values()]);
  const into = new Map(review.merged.map((d) => [d.alias, d.into]));
  const canonical = (label: string) => {
    let l = label;
    for (let hop = 0; hop < 5 && into.has(l); hop++) l = into.get(l)!;
    return l;
  };
  const firstLine = (label: string) => lines.find((l) => l.label === label)?.raw.position;
  for (const d of review.merged)
    diagnostics.push({
      severity: 'info',
      origin: 'parser:speaker-alias',
      message: `'${d.alias}' is merged into '${canonical(d.into)}': ${d.reason}`,
      position: firstLine(d.alias),
    });
  for (const d of review.keptApart)
    diagnostics.push({
      severity: 'warning',
      origin: 'parser:speaker-alias',
      message: `'${d.alias}' is kept apart from '${d.into}': ${d.reason}`,
      position: firstLine(d.alias),
    });
  for (const l of lines) l.label = canonical(l.label);

  const timing = into.size > 0 ? timeLines((l) => l.label) : first;
  const outOfOrder = timing.outOfOrder.filter((i) => lines[i]!.raw.start !== undefined);
  for (const i of outOfOrder.slice(0, 20))
    diagnostics.push({
      severity: 'warning',
      origin: 'parser:time-order',
      message: `a start time (${lines[i]!.raw.start}s) earlier than the line before it; ${timing.reordered ? 'timed by its own start and end' : "taken as the earlier line's start"}`,
      position: lines[i]!.raw.position,
    });
  if (outOfOrder.length > 20)
    diagnostics.push({
      severity: 'warning',
      origin: 'parser:time-order',
      message: `${outOfOrder.length - 20} more lines start earlier than the line before them`,
    });

  // Speakers in order of appearance.
  const speakerIds = new Map<string, string>();
  const aliases = new Map<string, Set<string>>();
  for (const l of lines) {
    if (!speakerIds.has(l.label)) {
      let id = slug(l.label);
      while ([...speakerIds.values()].includes(id)) id += '-2';
      speakerIds.set(l.label, id);
      aliases.set(l.label, new Set());
    }
  }
  for (const [alias] of into) aliases.get(canonical(alias))?.add(alias);
  for (const r of rawLines) {
    if (r.label === undefined) continue;
    const c = canonical(cleanLabel(r.label));
    if (r.label.trim() !== c && aliases.has(c) && isNameLike(cleanLabel(r.label))) aliases.get(c)!.add(r.label.trim());
  }

  const turns: Turn[] = [];
  // Cues timed in start order (written out of order) make turns in that order too: turns follow the recording.
  const order = timing.reordered
    ? lines.map((_, i) => i).sort((a, b) => timing.lines[a]!.start - timing.lines[b]!.start)
    : lines.map((_, i) => i);
  order.forEach((i) => {
    const l = lines[i]!;
    const t = timing.lines[i]!;
    let turn = turns[turns.length - 1];
    const id = speakerIds.get(l.label)!;
    if (!turn || turn.speakerId !== id) {
      turn = {
        speakerId: id,
        start: t.start,
        end: t.end,
        seconds: 0,
        text: '',
        paragraphs: [],
        stageDirections: [],
        words: 0,
        timing: timing.timing,
      };
      turns.push(turn);
    }
    const last = turn.paragraphs[turn.paragraphs.length - 1];
    if (l.raw.continues && last) {
      if (l.spoken !== '')
        last.text =
          last.text === ''
            ? l.spoken
            : /^[,.;:!?%)\]}…]/.test(l.spoken)
              ? last.text + l.spoken
              : `${last.text} ${l.spoken}`;
      last.end = Math.max(last.end, t.end);
      last.words += l.words;
      const pos = span(last.position, l.raw.position);
      if (pos) last.position = pos;
    } else {
      const paragraph: Paragraph = { text: l.spoken, start: t.start, end: t.end, words: l.words };
      if (l.raw.start !== undefined) paragraph.sourceStart = l.raw.start;
      if (l.raw.position) paragraph.position = l.raw.position;
      turn.paragraphs.push(paragraph);
    }
    const directions: StageDirection[] = l.directions.map((text) => ({ text, paragraph: turn!.paragraphs.length - 1 }));
    turn.stageDirections.push(...directions);
    turn.end = Math.max(turn.end, t.end);
    turn.seconds += t.seconds;
    turn.words += l.words;
  });
  for (const turn of turns) {
    turn.text = turn.paragraphs
      .map((p) => p.text)
      .filter(Boolean)
      .join('\n');
    const pos = turn.paragraphs.reduce<Position | undefined>((acc, p) => span(acc, p.position), undefined);
    if (pos) turn.position = pos;
  }

  const end = timing.lines.reduce((m, t) => Math.max(m, t.end), Math.max(durationSeconds ?? 0, 0));

  // Chapters: a heading starts at the first timestamp after it.
  const chapters: Chapter[] = [];
  let lineIndex = 0;
  raw.items.forEach((item, k) => {
    if (item.kind === 'line') {
      lineIndex++;
      return;
    }
    if (raw.items[k + 1]?.kind === 'heading') {
      diagnostics.push({
        severity: 'info',
        origin: 'parser:heading',
        message: `the heading '${short(item.title)}' has no lines under it; the next heading replaces it`,
        position: item.position,
      });
      return;
    }
    if (chapters.length > 0 && chapters[chapters.length - 1]!.title === item.title) {
      diagnostics.push({
        severity: 'info',
        origin: 'parser:heading',
        message: `the heading '${short(item.title)}' repeats the one before it; the chapter goes on`,
        position: item.position,
      });
      return;
    }
    let start: number | undefined;
    for (let j = lineIndex; j < lines.length && start === undefined; j++) start = lines[j]!.raw.start;
    if (start === undefined && lineIndex < lines.length) start = timing.lines[lineIndex]!.blockStart;
    if (start === undefined) {
      diagnostics.push({
        severity: 'warning',
        origin: 'parser:heading',
        message: `the heading '${short(item.title)}' has no timed line after it; it starts at the end`,
        position: item.position,
      });
      start = end;
    }
    const chapter: Chapter = { title: item.title, start, end, origin: 'transcript' };
    if (item.position) chapter.position = item.position;
    chapters.push(chapter);
  });
  for (const c of raw.chapters ?? []) chapters.push({ ...c });
  chapters.sort((a, b) => a.start - b.start);
  chapters.forEach((c, i) => {
    c.end = Math.max(c.start, chapters[i + 1]?.start ?? end);
  });

  const questions = new Map<string, number>();
  for (const t of turns) questions.set(t.speakerId, (questions.get(t.speakerId) ?? 0) + countQuestions(t.text));
  const roleInput = [...speakerIds].map(([name, id]) => ({
    id,
    name,
    questions: questions.get(id) ?? 0,
    opens: turns[0]?.speakerId === id,
  }));
  const guestHints = [...(raw.meta.guests ?? []), ...(raw.meta.guestNames ?? [])];
  const roles = assignRoles(roleInput, { guests: guestHints, people: options.people });
  const speakers: Speaker[] = [...speakerIds].map(([name, id]) => {
    const r = roles.get(id)!;
    const s: Speaker = { id, name, aliases: [...(aliases.get(name) ?? [])], role: r.role, roleSource: r.roleSource };
    if (r.fullName) s.fullName = r.fullName;
    if (isGenericLabel(name)) s.generic = true;
    return s;
  });
  for (const d of suggestSpeakerNames(speakers, turns)) diagnostics.push(d);

  if (lines.length === 0 && (raw.chapters ?? []).length === 0)
    diagnostics.push({
      severity: 'error',
      origin: 'parser:empty',
      message: `no transcript lines were found in this ${raw.format} input`,
    });

  const episode: Episode = {
    format: raw.format,
    meta: {
      ...raw.meta,
      tags: raw.meta.tags ?? [],
      guests: raw.meta.guests ?? [],
      guestNames:
        raw.meta.guestNames ?? speakers.filter((s) => s.role === 'guest' && s.fullName).map((s) => s.fullName!),
    },
    speakers,
    turns,
    chapters,
    durationSeconds: end,
    timing: timing.timing,
  };
  return { episode, diagnostics };
}
