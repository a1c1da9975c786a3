import type { Role, Speaker } from '../model.js';

export interface RoleInput {
  id: string;
  name: string;
  questions: number;
  opens: boolean;
}

export interface RoleHints {
  /** Guest ids (`alexanderhendorf`) or names (`Alexander Hendorf`) from the source's metadata. */
  guests: string[];
  /** Display names by guest id, from a people folder. */
  people?: Record<string, string>;
}

export interface RoleAssignment {
  role: Role;
  roleSource: Speaker['roleSource'];
  fullName?: string;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const compact = (s: string) => fold(s).replace(/[^\p{L}\p{N}]+/gu, '');

/** A display name from the people folder by own key only: a guest id `constructor` finds no inherited method. */
const nameOf = (people: Record<string, string>, id: string): string | undefined =>
  Object.hasOwn(people, id) && typeof people[id] === 'string' ? people[id] : undefined;

function matchGuest(name: string, guests: string[], people: Record<string, string>): string | undefined {
  const n = compact(name);
  const first = fold(name).split(/\s+/)[0] ?? '';
  if (n.length < 2) return undefined;
  for (const g of guests) {
    const display = nameOf(people, g) ?? nameOf(people, compact(g)) ?? (/\s/.test(g) ? g : undefined);
    if (display) {
      const d = compact(display);
      const dFirst = fold(display).split(/\s+/)[0] ?? '';
      if (d === n || dFirst === first || d.startsWith(n)) return display;
    }
    const id = compact(g);
    if (id === n || (n.length >= 3 && id.startsWith(n))) return display ?? g;
  }
  return undefined;
}

/**
 * Roles from metadata where the source names its guests; otherwise inferred: who opens and asks the most
 * questions hosts.
 */
export function assignRoles(speakers: RoleInput[], hints: RoleHints): Map<string, RoleAssignment> {
  const out = new Map<string, RoleAssignment>();
  const people = hints.people ?? {};
  const matched = new Map<string, string>();
  for (const s of speakers) {
    const full = matchGuest(s.name, hints.guests, people);
    if (full) matched.set(s.id, full);
  }
  if (matched.size > 0) {
    for (const s of speakers) {
      const full = matched.get(s.id);
      out.set(
        s.id,
        full ? { role: 'guest', roleSource: 'given', fullName: full } : { role: 'host', roleSource: 'given' },
      );
    }
    return out;
  }
  const maxQ = speakers.reduce((m, s) => Math.max(m, s.questions), 0);
  let host: RoleInput | undefined;
  let best = -1;
  for (const s of speakers) {
    const score = (s.opens ? 1 : 0) + (maxQ > 0 && s.questions === maxQ ? 1.5 : 0);
    if (score > best) {
      best = score;
      host = s;
    }
  }
  for (const s of speakers)
    out.set(s.id, { role: speakers.length < 2 ? 'unknown' : s === host ? 'host' : 'guest', roleSource: 'inferred' });
  return out;
}
