import { stripCueMarkup } from './cue-text.js';

const VOICE = /<v(?:\.[^\s>]*)?\s+([^>]*)>/g;
/** Teams' older labels: `<v objectId@tenantId>`, two GUIDs. */
const OBJECT_ID =
  /^([0-9a-f]{8})-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i;

export interface VoiceSegment {
  /** The voice tag's name; undefined for text before the first tag; `''` for a tag without a name. */
  voice?: string;
  /** The text, markup stripped. */
  body: string;
}

/** A speaker's name in a voice tag: entities decoded; a Teams object id shortened to `Speaker 3f1d2e6a`. */
export function voiceName(raw: string): string {
  const name = stripCueMarkup(raw).trim().replace(/\s+/g, ' ');
  const id = OBJECT_ID.exec(name);
  return id ? `Speaker ${id[1]!.toLowerCase()}` : name;
}

/** A cue's text cut at each `<v Name>` tag (Teams puts two voices in one cue where people overlap). */
export function voiceSegments(text: string): VoiceSegment[] {
  const out: VoiceSegment[] = [];
  let last = 0;
  let voice: string | undefined;
  for (const m of text.matchAll(VOICE)) {
    const before = stripCueMarkup(text.slice(last, m.index));
    if (voice !== undefined || before.trim() !== '')
      out.push(voice !== undefined ? { voice, body: before } : { body: before });
    voice = voiceName(m[1]!);
    last = m.index + m[0].length;
  }
  const rest = stripCueMarkup(text.slice(last));
  if (voice !== undefined) out.push({ voice, body: rest });
  else if (rest.trim() !== '') out.push({ body: rest });
  return out;
}
