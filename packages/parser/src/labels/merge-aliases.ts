import { damerauLevenshtein } from '../text/damerau-levenshtein.js';
import { jaroWinkler } from '../text/jaro-winkler.js';
import { jointLabel } from './joint-label.js';

export interface LabelStats {
  label: string;
  seconds: number;
  lines: number;
}

export interface AliasDecision {
  /** The label merged away. */
  alias: string;
  /** The label it now belongs to. */
  into: string;
  reason: string;
}

export interface AliasReview {
  merged: AliasDecision[];
  /** Similar labels deliberately kept apart. */
  keptApart: AliasDecision[];
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Decides which labels are spellings of another speaker. Only a minor label (under `minorShare` of the time)
 * is ever merged, and only into a main one, so two real people are never merged into one; joint labels
 * (`Adam & Jason`) are neither merged nor merged into.
 */
export function mergeAliases(stats: LabelStats[], { minorShare = 0.05 } = {}): AliasReview {
  const total = stats.reduce((s, x) => s + x.seconds, 0) || 1;
  const byFold = new Map<string, LabelStats[]>();
  for (const s of stats) {
    const k = fold(s.label) || s.label;
    byFold.set(k, [...(byFold.get(k) ?? []), s]);
  }
  const merged: AliasDecision[] = [];
  const keptApart: AliasDecision[] = [];
  const canonical: LabelStats[] = [];
  for (const group of byFold.values()) {
    group.sort((a, b) => b.lines - a.lines || b.seconds - a.seconds);
    const head = { ...group[0]!, seconds: 0, lines: 0 };
    for (const g of group) {
      head.seconds += g.seconds;
      head.lines += g.lines;
      if (g !== group[0])
        merged.push({ alias: g.label, into: head.label, reason: 'the same name in other case or punctuation' });
    }
    canonical.push(head);
  }
  // A joint label (`Adam & Jason`) is two people: never a spelling of one of them, nor one of them a spelling of it.
  const main = canonical.filter((s) => s.seconds / total >= minorShare && !jointLabel(s.label));
  for (const minor of canonical) {
    if (main.includes(minor) || jointLabel(minor.label)) continue;
    const m = fold(minor.label);
    let best: { into: LabelStats; score: number; reason: string } | undefined;
    for (const c of main) {
      const f = fold(c.label);
      const jw = jaroWinkler(m, f);
      let reason: string | undefined;
      if (m.length >= 3 && f.length >= 3 && (m.startsWith(f) || f.startsWith(m)))
        reason = `a minor label (${((minor.seconds / total) * 100).toFixed(1)}% of the time) that ${m.startsWith(f) ? 'extends' : 'is extended by'} '${c.label}'`;
      else if (f.length >= 5 && minor.lines <= 2 && damerauLevenshtein(m, f) <= 1)
        reason = `a rare label one letter away from '${c.label}'`;
      if (reason && (!best || jw > best.score)) best = { into: c, score: jw, reason };
      else if (!reason && jw >= 0.85)
        keptApart.push({
          alias: minor.label,
          into: c.label,
          reason: `similar to '${c.label}' (Jaro-Winkler ${jw.toFixed(2)}) but not a spelling of it`,
        });
    }
    if (best) merged.push({ alias: minor.label, into: best.into.label, reason: best.reason });
  }
  return { merged, keptApart };
}
