import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';

/**
 * Speaker edits of one episode, kept beside the corpus in `.podlens/speakers/<key>.json`, where the key is a
 * hash of the episode id (an id of any length or alphabet makes a short, safe file name); the file holds the id.
 */
export interface SpeakerEdits {
  /** Label as parsed -> display name. */
  rename: Record<string, string>;
  /** Label as parsed -> the label it is merged into. */
  merge: Record<string, string>;
}

/** A record without a prototype: a speaker named `constructor` or `__proto__` is a key like any other. */
export const record = (): Record<string, string> => Object.create(null) as Record<string, string>;

export const emptyEdits = (): SpeakerEdits => ({ rename: record(), merge: record() });

/** The sidecar's file name for an episode id: 32 hex digits of sha256, whatever the id holds. */
export function sidecarKey(id: string): string {
  return createHash('sha256').update(id, 'utf8').digest('hex').slice(0, 32);
}

function sidecarPath(dir: string, id: string): string {
  return path.join(dir, '.podlens', 'speakers', `${sidecarKey(id)}.json`);
}

/** Where podlens 0.1 kept the edits (`<encoded id>.json`): still read, so no saved edit is lost. */
function legacyPath(dir: string, id: string): string | null {
  const name = `${encodeURIComponent(id)}.json`;
  return Buffer.byteLength(name) <= 255 ? path.join(dir, '.podlens', 'speakers', name) : null;
}

function clean(value: unknown): Record<string, string> {
  const out = record();
  if (!value || typeof value !== 'object') return out;
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'string' && key.trim() && v.trim() && key.length <= 200 && v.length <= 200) out[key] = v.trim();
  }
  return out;
}

export function normaliseEdits(value: unknown): SpeakerEdits {
  const v = (value ?? {}) as { rename?: unknown; merge?: unknown };
  const edits = { rename: clean(v.rename), merge: clean(v.merge) };
  for (const [from, into] of Object.entries(edits.merge)) if (from === into) delete edits.merge[from];
  return edits;
}

/** A short hash of the edits as saved: what a client sends back (If-Match) to say which edits it saw. */
export function editsVersion(edits: SpeakerEdits): string {
  const sorted = (r: Record<string, string>) => Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256')
    .update(JSON.stringify([sorted(edits.rename), sorted(edits.merge)]))
    .digest('hex')
    .slice(0, 16);
}

export async function readEdits(dir: string, id: string): Promise<SpeakerEdits> {
  for (const file of [sidecarPath(dir, id), legacyPath(dir, id)]) {
    if (!file) continue;
    try {
      const parsed = JSON.parse(await readFile(file, 'utf8')) as { id?: unknown };
      if (file === sidecarPath(dir, id) && parsed.id !== undefined && parsed.id !== id) continue;
      return normaliseEdits(parsed);
    } catch {
      // missing or unreadable: try the next place, else no edits
    }
  }
  return emptyEdits();
}

/** Writes the edits atomically (a temporary file renamed into place) and removes a legacy sidecar. */
export async function writeEdits(dir: string, id: string, edits: SpeakerEdits): Promise<void> {
  const file = sidecarPath(dir, id);
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, JSON.stringify({ id, ...normaliseEdits(edits) }, null, 2) + '\n');
    await rename(tmp, file);
  } catch (error) {
    await unlink(tmp).catch(() => {});
    throw error;
  }
  const legacy = legacyPath(dir, id);
  if (legacy) await unlink(legacy).catch(() => {});
}

const locks = new Map<string, Promise<unknown>>();

/**
 * Runs fn with the episode's edits locked: edits of one episode run one at a time (read, change, write), so
 * parallel requests are applied one after another and none is lost. One server process owns a corpus.
 */
export function withEditsLock<T>(dir: string, id: string, fn: () => Promise<T>): Promise<T> {
  const key = `${dir}\0${id}`;
  const before = locks.get(key) ?? Promise.resolve();
  const run = before.catch(() => undefined).then(fn);
  const tail = run.catch(() => undefined);
  locks.set(key, tail);
  void tail.then(() => {
    if (locks.get(key) === tail) locks.delete(key);
  });
  return run;
}
