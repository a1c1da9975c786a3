import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** File endings podlens reads. */
export const TRANSCRIPT_EXTENSIONS = ['.txt', '.text', '.md', '.markdown', '.vtt', '.webvtt', '.srt', '.json'];

const SKIP = new Set(['node_modules', '.git', '.podlens-cache']);
/** A folder's own documents are not transcripts. */
const DOCUMENTS = /^(?:readme|changelog|license|licence|contributing|notice)(?:\.[^.]*)?$/i;

/** Every transcript file under the given files and folders, sorted; folders are walked, hidden ones skipped. */
export async function listTranscriptFiles(paths: string | string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || SKIP.has(e.name) || DOCUMENTS.test(e.name)) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && TRANSCRIPT_EXTENSIONS.includes(extname(e.name).toLowerCase())) out.push(p);
    }
  };
  for (const p of Array.isArray(paths) ? paths : [paths]) {
    const s = await stat(p);
    if (s.isDirectory()) await walk(p);
    else out.push(p);
  }
  return out;
}
