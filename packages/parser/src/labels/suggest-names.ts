import type { Diagnostic, Position, Speaker, Turn } from '../model.js';

const NAME = /^\p{Lu}[\p{L}'’-]{1,20}(?: (?:\p{Lu}[\p{L}'’-]{1,20}|van|von|de|da|del|der|di|le|la|bin|al)){0,3}/u;
const NOT_NAMES = new Set(
  'i im so yes no not okay ok well thanks thank sorry here just really glad happy excited going sure hi hello hey welcome today and but or the a an this that it we you they he she my our your what why how when where who which now then also great good right actually basically currently very back about from in on at with of for to mr mrs ms dr professor everyone everybody folks guys all'.split(
    ' ',
  ),
);
const SELF = /\b(?:i'm|i’m|i am|my name is|myself,?|this is)\s+/gi;
const INTRO =
  /\b(?:co-?host|guest(?: today)?(?: is)?|joined (?:today )?by|welcome(?: to the show)?,?|with me (?:today )?is|here with|speaking with|talking (?:to|with)|introduce)\s+/gi;

interface Evidence {
  name: string;
  quote: string;
  kind: 'introduces themself' | 'is introduced' | 'is addressed';
  weight: number;
  position?: Position;
}

function nameAt(text: string, at: number): string | undefined {
  const m = NAME.exec(text.slice(at, at + 90));
  if (!m) return undefined;
  const words = m[0].split(' ');
  while (words.length > 0 && NOT_NAMES.has(words[words.length - 1]!.toLowerCase().replace(/['’]/g, ''))) words.pop();
  if (words.length === 0 || NOT_NAMES.has(words[0]!.toLowerCase().replace(/['’]/g, ''))) return undefined;
  return words.join(' ');
}

const quote = (text: string, at: number, len: number) => {
  const a = Math.max(0, at - 25);
  const b = Math.min(text.length, at + len + 25);
  return `${a > 0 ? '…' : ''}${text.slice(a, b).trim()}${b < text.length ? '…' : ''}`;
};

/** Names said in each turn: self-introductions for its speaker, introductions and address for the next. */
function evidenceOf(text: string): { self: Evidence[]; next: Evidence[] } {
  const self: Evidence[] = [];
  const next: Evidence[] = [];
  for (const m of text.matchAll(SELF)) {
    const at = m.index + m[0].length;
    const name = nameAt(text, at);
    if (name)
      self.push({
        name,
        quote: quote(text, m.index, m[0].length + name.length),
        kind: 'introduces themself',
        weight: /this is/i.test(m[0]) ? 1 : 3,
      });
  }
  for (const m of text.matchAll(INTRO)) {
    const at = m.index + m[0].length;
    const name = nameAt(text, at);
    if (name)
      next.push({ name, quote: quote(text, m.index, m[0].length + name.length), kind: 'is introduced', weight: 2 });
  }
  // "Priya, what do you think?" and "What do you think, Priya?": the one asked answers next.
  // Split by hand: `/[^.!?]*\?/g` rescans to the end from every position of a long text without a `?`.
  for (const part of text.includes('?') ? text.split(/(?<=[.!?])\s+/) : []) {
    const sentence = part.trim();
    if (!sentence.endsWith('?')) continue;
    const lead = /^(\p{Lu}[\p{L}'’-]{1,20}),\s/u.exec(sentence);
    const tail = /,\s(\p{Lu}[\p{L}'’-]{1,20})\?$/u.exec(sentence);
    for (const hit of [lead, tail]) {
      const name = hit?.[1];
      if (name && !NOT_NAMES.has(name.toLowerCase().replace(/['’]/g, '')))
        next.push({ name, quote: quote(sentence, 0, Math.min(sentence.length, 40)), kind: 'is addressed', weight: 1 });
    }
  }
  return { self, next };
}

/**
 * For speakers with generic labels (`SPEAKER_00`, `Speaker 1`), a name the transcript itself gives them, as an
 * info diagnostic with the evidence and where it is. A suggestion only: nothing is renamed.
 */
export function suggestSpeakerNames(speakers: Speaker[], turns: Turn[]): Diagnostic[] {
  const generic = new Set(speakers.filter((s) => s.generic).map((s) => s.id));
  if (generic.size === 0) return [];
  const taken = new Set(
    speakers
      .filter((s) => !s.generic)
      .flatMap((s) => [s.name, ...s.name.split(' ')])
      .map((n) => n.toLowerCase()),
  );
  const found = new Map<string, Map<string, { score: number; first: Evidence; count: number }>>();
  const add = (id: string | undefined, e: Evidence, position?: Position) => {
    if (id === undefined || !generic.has(id) || taken.has(e.name.toLowerCase())) return;
    const byName = found.get(id) ?? new Map();
    const seen = byName.get(e.name);
    if (seen) {
      seen.score += e.weight;
      seen.count++;
    } else byName.set(e.name, { score: e.weight, count: 1, first: position ? { ...e, position } : e });
    found.set(id, byName);
  };
  turns.forEach((turn, i) => {
    const nextId = turns.slice(i + 1).find((t) => t.speakerId !== turn.speakerId)?.speakerId;
    for (const p of turn.paragraphs) {
      const { self, next } = evidenceOf(p.text);
      for (const e of self) add(turn.speakerId, e, p.position);
      for (const e of next) add(nextId, e, p.position);
    }
  });
  // Each name to the speaker with the strongest evidence for it.
  const best = [...found].map(([id, names]) => {
    const [name, ev] = [...names].sort((a, b) => b[1].score - a[1].score)[0]!;
    return { id, name, ev, total: [...names.values()].reduce((s, x) => s + x.count, 0) };
  });
  const out: Diagnostic[] = [];
  for (const b of best) {
    if (best.some((o) => o !== b && o.name === b.name && o.ev.score > b.ev.score)) continue;
    const label = speakers.find((s) => s.id === b.id)!.name;
    const more = b.ev.count > 1 ? ` (and ${b.ev.count - 1} more time${b.ev.count > 2 ? 's' : ''})` : '';
    const d: Diagnostic = {
      severity: 'info',
      origin: 'parser:speaker-name',
      message: `'${label}' may be ${b.name}: ${b.ev.first.kind} in "${b.ev.first.quote}"${more}; rename the speaker to apply it`,
      suggestion: { speaker: label, name: b.name },
    };
    if (b.ev.first.position) d.position = b.ev.first.position;
    out.push(d);
  }
  return out;
}
