export interface TimedLineInput {
  speaker: string;
  /** Start second given by the source. */
  start?: number;
  /** End second given by the source (cue formats). */
  end?: number;
  words: number;
}

export interface LineTiming {
  start: number;
  end: number;
  /** Talk seconds the line is credited with. */
  seconds: number;
  /** Start of the timed block the line belongs to. */
  blockStart: number;
}

export interface TimingResult {
  lines: LineTiming[];
  timing: 'measured' | 'estimated';
  /** Lines whose start was earlier than one before them (clamped, or timed in start order: see `reordered`). */
  outOfOrder: number[];
  /** The source gives every timed line its end, so lines out of order were timed in the order of their starts. */
  reordered?: boolean;
}

/** Spoken pace used where a source gives no time: about 150 words a minute. */
export const WORDS_PER_SECOND = 2.5;

/** Without a duration or cue end, the last line is taken to end after its words, at most this long. */
export const LAST_LINE_SECONDS = 5;

const byWords = (words: number) => Math.max(1, words) / WORDS_PER_SECOND;

interface Block {
  speaker: string;
  start: number;
  lines: number[];
  words: number;
  end?: number;
}

/**
 * Talk time as `../shared/README.md` defines it: consecutive lines of one speaker without a start of their own
 * (or with the same one) form a block; a block lasts until the next later start; blocks that share a start
 * split that span by words; where the source gives ends (cues, speech-to-text units), a block ends at its own end if that
 * comes before the next start, so silence between units is nobody's and overlapping units are not counted twice; the
 * last block ends at its own end, else at the duration, or where no duration is later than its start, after its words (at most
 * LAST_LINE_SECONDS: a recording's last line is mostly a goodbye, and a guess should be small). A start earlier than one
 * before it is taken as that earlier start (the source's order wins).
 */
export function assignTimes(
  lines: TimedLineInput[],
  { durationSeconds }: { durationSeconds?: number } = {},
): TimingResult {
  const reordered = inStartOrder(lines, durationSeconds);
  if (reordered) return reordered;
  const out: LineTiming[] = lines.map(() => ({ start: 0, end: 0, seconds: 0, blockStart: 0 }));
  if (!lines.some((l) => l.start !== undefined && Number.isFinite(l.start))) {
    let t = 0;
    lines.forEach((l, i) => {
      const d = byWords(l.words);
      out[i] = { start: t, end: t + d, seconds: d, blockStart: t };
      t += d;
    });
    return { lines: out, timing: 'estimated', outOfOrder: [] };
  }
  const blocks: Block[] = [];
  const outOfOrder: number[] = [];
  let latest = -Infinity;
  lines.forEach((l, i) => {
    let s = l.start !== undefined && Number.isFinite(l.start) ? Math.max(0, l.start) : undefined;
    if (s !== undefined && s < latest) {
      outOfOrder.push(i);
      s = latest;
    }
    const cur = blocks[blocks.length - 1];
    if (cur && cur.speaker === l.speaker && (s === undefined || s === cur.start)) {
      cur.lines.push(i);
      cur.words += l.words;
      if (l.end !== undefined) cur.end = Math.max(cur.end ?? l.end, l.end);
      return;
    }
    const start = s ?? cur?.start ?? 0;
    latest = Math.max(latest, start);
    blocks.push({ speaker: l.speaker, start, lines: [i], words: l.words, end: l.end });
  });
  for (let g = 0; g < blocks.length;) {
    let h = g;
    while (h < blocks.length && blocks[h]!.start === blocks[g]!.start) h++;
    const group = blocks.slice(g, h);
    const start = group[0]!.start;
    const next = blocks[h]?.start;
    const ends = group.map((b) => b.end).filter((e): e is number => e !== undefined && e > start);
    const givenEnd = ends.length === group.length ? ends.reduce((m, e) => Math.max(m, e), -Infinity) : undefined;
    let end: number;
    // Another speaker starting before this unit's own end talks over it: both talk, so the unit keeps its end; the
    // same speaker's next unit starting early is an overlapping duplicate, cut so that no time counts twice.
    // Only a block alone at its start: blocks sharing a start are laid one after the other, and a later one would
    // begin after the next start (the fuzz found turns going backwards).
    const overlapped = next !== undefined && group.length === 1 && blocks[h]!.speaker !== group[0]!.speaker;
    if (next !== undefined) end = givenEnd !== undefined && (givenEnd < next || overlapped) ? givenEnd : next;
    // A source's own end wins over the recording's duration: the silence after the last unit is nobody's.
    else if (givenEnd !== undefined) end = givenEnd;
    else if (durationSeconds !== undefined && durationSeconds > start) end = durationSeconds;
    else end = start + Math.min(LAST_LINE_SECONDS, byWords(group.reduce((s, b) => s + b.words, 0)));
    const span = end - start;
    const words = group.reduce((s, b) => s + b.words, 0);
    let t = start;
    for (const b of group) {
      // Shares before products: `span * words` overflows to Infinity on a start near Number.MAX_VALUE.
      const seconds = words > 0 ? span * (b.words / words) : span / group.length;
      let u = t;
      for (const i of b.lines) {
        const share = b.words > 0 ? seconds * (lines[i]!.words / b.words) : seconds / b.lines.length;
        // Sums of shares drift by an ulp; a line never starts or ends past its group's end.
        out[i] = { start: Math.min(u, end), end: Math.min(u + share, end), seconds: share, blockStart: start };
        u += share;
      }
      t += seconds;
    }
    g = h;
  }
  return { lines: out, timing: 'measured', outOfOrder };
}

const timed = (l: TimedLineInput) => l.start !== undefined && Number.isFinite(l.start);

/**
 * Cues and speech-to-text units out of order (older Teams exports write a cue late), where the source gives (nine
 * in ten of) its timed lines their end: each is timed by its own start and end, in the order of the starts (a line without a start
 * stays with the line before it), so a late cue is not squeezed into the one before. Undefined where in order.
 */
function inStartOrder(lines: TimedLineInput[], durationSeconds?: number): TimingResult | undefined {
  // Most timed lines with their end (a reversed span loses its end, a few of them are no reason not to).
  const starts = lines.filter(timed).length;
  if (lines.filter((l) => timed(l) && l.end !== undefined).length < 0.9 * starts || starts === 0) return undefined;
  const outOfOrder: number[] = [];
  let latest = -Infinity;
  lines.forEach((l, i) => {
    if (!timed(l)) return;
    if (l.start! < latest) outOfOrder.push(i);
    latest = Math.max(latest, l.start!);
  });
  if (outOfOrder.length === 0) return undefined;
  const groups: number[][] = [];
  lines.forEach((l, i) => (timed(l) || groups.length === 0 ? groups.push([i]) : groups[groups.length - 1]!.push(i)));
  const startOf = (g: number[]) => (timed(lines[g[0]!]!) ? Math.max(0, lines[g[0]!]!.start!) : -Infinity);
  const order = groups.sort((a, b) => startOf(a) - startOf(b)).flat();
  const inner = assignTimes(
    order.map((i) => lines[i]!),
    { durationSeconds },
  );
  const out: LineTiming[] = new Array<LineTiming>(lines.length);
  order.forEach((i, k) => {
    out[i] = inner.lines[k]!;
  });
  return { lines: out, timing: inner.timing, outOfOrder, reordered: true };
}
