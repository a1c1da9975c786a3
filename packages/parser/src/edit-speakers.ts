import type { Episode, Turn } from './model.js';

/** Renames and merges by speaker name: `{ rename: { Alexy: 'Alexey' }, merge: { Guest: 'Alexander' } }`. */
export interface SpeakerEdits {
  rename: Record<string, string>;
  merge: Record<string, string>;
}

/** The value of an own key only: a speaker named `constructor` or `toString` finds no inherited method. */
const own = (record: Record<string, string> | undefined, key: string): string | undefined =>
  record && Object.hasOwn(record, key) && typeof record[key] === 'string' ? record[key] : undefined;

/**
 * The episode with speakers renamed and merged as a user said: merged speakers' turns go to the speaker they
 * joined (runs that meet become one turn), and old names stay as aliases. Edits that name nobody are ignored,
 * and so is a rename onto a name another speaker keeps (two speakers never share a name: merge them instead).
 */
export function editSpeakers(episode: Episode, edits: SpeakerEdits): Episode {
  const byName = new Map(episode.speakers.map((s) => [s.name, s]));
  const into = new Map<string, string>();
  for (const [from, to] of Object.entries(edits.merge ?? {})) {
    const a = byName.get(from);
    let b = byName.get(to);
    for (let hops = 0; b && own(edits.merge, b.name) !== undefined && hops < 10; hops++)
      b = byName.get(own(edits.merge, b.name)!);
    if (a && b && a.id !== b.id) into.set(a.id, b.id);
  }
  const turns: Turn[] = [];
  for (const turn of episode.turns) {
    const speakerId = into.get(turn.speakerId) ?? turn.speakerId;
    const last = turns[turns.length - 1];
    if (last && last.speakerId === speakerId) {
      const offset = last.paragraphs.length;
      turns[turns.length - 1] = {
        ...last,
        end: Math.max(last.end, turn.end),
        seconds: last.seconds + turn.seconds,
        text: `${last.text}\n${turn.text}`,
        paragraphs: [...last.paragraphs, ...turn.paragraphs],
        stageDirections: [
          ...last.stageDirections,
          ...turn.stageDirections.map((d) => ({ ...d, paragraph: d.paragraph + offset })),
        ],
        words: last.words + turn.words,
        timing: last.timing === 'measured' && turn.timing === 'measured' ? 'measured' : 'estimated',
      };
    } else turns.push({ ...turn, speakerId });
  }
  const kept = episode.speakers.filter((s) => !into.has(s.id));
  const wanted = new Map(kept.map((s) => [s.id, own(edits.rename, s.name)?.trim() || s.name]));
  // A rename wins only if no other speaker ends up with the same name; else both keep the names they had.
  const count = new Map<string, number>();
  for (const name of wanted.values()) count.set(name, (count.get(name) ?? 0) + 1);
  const speakers = kept.map((s) => {
    const merged = episode.speakers.filter((o) => into.get(o.id) === s.id);
    const name = count.get(wanted.get(s.id)!) === 1 ? wanted.get(s.id)! : s.name;
    const edited = {
      ...s,
      name,
      aliases: [...s.aliases, ...merged.flatMap((m) => [m.name, ...m.aliases]), ...(name !== s.name ? [s.name] : [])],
    };
    // A name given by the user is not generic, whatever the label was.
    if (name !== s.name) delete edited.generic;
    return edited;
  });
  return { ...episode, speakers, turns };
}
