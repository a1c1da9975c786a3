import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/** Speaker edits of one episode, kept beside the corpus in `.podlens/speakers/<id>.json`. */
export interface SpeakerEdits {
  /** Label as parsed -> display name. */
  rename: Record<string, string>;
  /** Label as parsed -> the label it is merged into. */
  merge: Record<string, string>;
}

export const emptyEdits = (): SpeakerEdits => ({ rename: {}, merge: {} });

function sidecarPath(dir: string, id: string): string {
  return path.join(dir, '.podlens', 'speakers', `${encodeURIComponent(id)}.json`);
}

function clean(record: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!record || typeof record !== 'object') return out;
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === 'string' && key.trim() && value.trim() && key.length <= 200 && value.length <= 200) {
      out[key] = value.trim();
    }
  }
  return out;
}

export function normaliseEdits(value: unknown): SpeakerEdits {
  const v = (value ?? {}) as { rename?: unknown; merge?: unknown };
  const edits = { rename: clean(v.rename), merge: clean(v.merge) };
  for (const [from, into] of Object.entries(edits.merge)) if (from === into) delete edits.merge[from];
  return edits;
}

export async function readEdits(dir: string, id: string): Promise<SpeakerEdits> {
  try {
    return normaliseEdits(JSON.parse(await readFile(sidecarPath(dir, id), 'utf8')));
  } catch {
    return emptyEdits();
  }
}

export async function writeEdits(dir: string, id: string, edits: SpeakerEdits): Promise<void> {
  const file = sidecarPath(dir, id);
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(tmp, JSON.stringify(normaliseEdits(edits), null, 2) + '\n');
  await rename(tmp, file);
}
