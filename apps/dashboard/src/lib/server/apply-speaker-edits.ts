import { normaliseEdits, type SpeakerEdits } from './speaker-edits.js';

export interface EditRequest {
  reset?: boolean;
  renames?: { from: unknown; to: unknown }[];
  merges?: { from: unknown; into: unknown }[];
}

export type EditOutcome = { ok: true; edits: SpeakerEdits } | { ok: false; message: string };

const own = (r: Record<string, string>, key: string): string | undefined =>
  Object.hasOwn(r, key) ? r[key] : undefined;

/**
 * Applies a request's merges, then renames, to the edits saved so far (read just before, under the episode's
 * lock). Names in the request are names as shown under `saved`. A rename onto a name another speaker shows is
 * refused (merge them instead): two speakers never share a display name.
 */
export function applySpeakerEdits(labels: readonly string[], saved: SpeakerEdits, body: EditRequest): EditOutcome {
  const edits = body.reset ? normaliseEdits({}) : normaliseEdits(saved);
  const shownOf = (label: string) => own(edits.rename, label) ?? label;
  const current = () => {
    const byShown = new Map<string, string>();
    for (const label of labels) if (own(edits.merge, label) === undefined) byShown.set(shownOf(label), label);
    return byShown;
  };
  for (const m of body.merges ?? []) {
    const now = current();
    const from = typeof m?.from === 'string' ? now.get(m.from) : undefined;
    const into = typeof m?.into === 'string' ? now.get(m.into) : undefined;
    if (from === undefined || into === undefined || from === into) {
      return {
        ok: false,
        message: `Cannot merge '${String(m?.from)}' into '${String(m?.into)}': both must be speakers of this episode.`,
      };
    }
    edits.merge[from] = into;
  }
  for (const r of body.renames ?? []) {
    const now = current();
    const label = typeof r?.from === 'string' ? now.get(r.from) : undefined;
    const name = typeof r?.to === 'string' ? r.to.trim() : '';
    if (label === undefined || !name || name.length > 80) {
      return {
        ok: false,
        message: `Cannot rename '${String(r?.from)}': give a speaker of this episode and a name of 1 to 80 characters.`,
      };
    }
    const holder = now.get(name);
    if (holder !== undefined && holder !== label) {
      return {
        ok: false,
        message: `Cannot rename '${String(r.from)}' to '${name}': another speaker is already called '${name}'. Merge the two instead.`,
      };
    }
    if (name === label) delete edits.rename[label];
    else edits.rename[label] = name;
  }
  return { ok: true, edits };
}
