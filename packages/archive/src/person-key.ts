import type { Role } from '@podlens/parser';

/** What identifies a speaker across episodes, before the user's links. */
export interface SpeakerIdentity {
  episodeId: string;
  speakerId: string;
  name: string;
  fullName?: string;
  role: Role | string;
}

const fold = (name: string) => name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
const fullNameLike = /^\p{Lu}[\p{L}'’.-]*(?: (?:\p{Ll}{1,3} )?\p{Lu}[\p{L}'’.-]*)+$/u;
const generic = /^(?:speaker|spk|guest|host|unknown|participant|person)\b/i;

/**
 * The person a speaker is, as a key: `name:` and the full name where the source or a people folder gives
 * one (or the label itself is a full name, `Maria Lopez`); `host:` and the name for a host, who recurs under
 * one name; otherwise `episode:` plus the episode and speaker, so two guests called Daniel never merge until
 * the user links them.
 */
export function personKey(s: SpeakerIdentity): string {
  if (s.fullName && s.fullName.trim() !== '') return `name:${fold(s.fullName)}`;
  if (fullNameLike.test(s.name.trim()) && !generic.test(s.name)) return `name:${fold(s.name)}`;
  if (s.role === 'host') return `host:${fold(s.name)}`;
  return `episode:${s.episodeId}/${s.speakerId}`;
}
