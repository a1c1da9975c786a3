import { createHash } from 'node:crypto';

/** Speaker edits of one episode, keyed on the speaker labels as parsed. */
export interface SpeakerEdits {
  /** Label as parsed -> display name. */
  rename: Record<string, string>;
  /** Label as parsed -> the label it is merged into. */
  merge: Record<string, string>;
}

/** A record without a prototype: a speaker named `constructor` or `__proto__` is a key like any other. */
export const record = (): Record<string, string> => Object.create(null) as Record<string, string>;

export const emptyEdits = (): SpeakerEdits => ({ rename: record(), merge: record() });

function clean(value: unknown): Record<string, string> {
  const out = record();
  if (!value || typeof value !== 'object') return out;
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'string' && key.trim() && v.trim() && key.length <= 200 && v.length <= 200) out[key] = v.trim();
  }
  return out;
}

/** The edits with anything that is not a short label -> name pair left out, and no speaker merged into itself. */
export function normaliseEdits(value: unknown): SpeakerEdits {
  const v = (value ?? {}) as { rename?: unknown; merge?: unknown };
  const edits = { rename: clean(v.rename), merge: clean(v.merge) };
  for (const [from, into] of Object.entries(edits.merge)) if (from === into) delete edits.merge[from];
  return edits;
}

/** Whether an episode has no edits at all. */
export const isEmptyEdits = (edits: SpeakerEdits): boolean =>
  Object.keys(edits.rename).length === 0 && Object.keys(edits.merge).length === 0;

/** A short hash of the edits as saved: what a client sends back (If-Match) to say which edits it saw. */
export function editsVersion(edits: SpeakerEdits): string {
  const sorted = (r: Record<string, string>) => Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256')
    .update(JSON.stringify([sorted(edits.rename), sorted(edits.merge)]))
    .digest('hex')
    .slice(0, 16);
}
