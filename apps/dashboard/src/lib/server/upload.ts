import { link, mkdir, unlink, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { TRANSCRIPT_EXTENSIONS } from './store.js';

export class UploadError extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** Checks an uploaded file's name: a plain file name with a transcript extension, nothing that walks out of the folder. */
export function checkFileName(raw: string): string {
  const name = raw.normalize('NFC').trim();
  if (!name) throw new UploadError('The file has no name.');
  if (name.length > 120) throw new UploadError('The file name is longer than 120 characters.');
  if (/[/\\]/.test(name) || name.includes('..')) {
    throw new UploadError(`'${name}' is not a plain file name (no folders or '..').`);
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f<>:"|?*]/.test(name)) throw new UploadError(`'${name}' has characters that file names cannot hold.`);
  if (name.startsWith('.') || name.startsWith('-')) throw new UploadError(`'${name}' may not start with '.' or '-'.`);
  if (/[. ]$/.test(name)) throw new UploadError(`'${name}' may not end with a dot or a space.`);
  const ext = path.extname(name).toLowerCase();
  if (!TRANSCRIPT_EXTENSIONS.includes(ext)) {
    throw new UploadError(`'${name}' does not end in a transcript extension (${TRANSCRIPT_EXTENSIONS.join(', ')}).`);
  }
  const stem = name.slice(0, -ext.length).split('.')[0] ?? '';
  if (RESERVED.test(stem)) throw new UploadError(`'${name}' uses a name reserved by Windows (${stem}).`);
  return name;
}

/** Checks the bytes: not empty, within the limit, UTF-8 text without NULs. Returns the text. */
export function checkContent(bytes: Uint8Array, limit: number): string {
  if (bytes.byteLength > limit) {
    throw new UploadError(`The file is ${(bytes.byteLength / 1048576).toFixed(1)} MB; the limit is ${(limit / 1048576).toFixed(1)} MB.`, 413);
  }
  if (bytes.byteLength === 0) throw new UploadError('The file is empty.');
  if (bytes.includes(0)) throw new UploadError('The file is binary (it holds NUL bytes), not a text transcript.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UploadError('The file is not UTF-8 text (is it binary, or saved in another encoding?).');
  }
  if (!text.trim()) throw new UploadError('The file holds only whitespace.');
  return text;
}

/**
 * Writes the file into dir under name, or name-2, name-3... when taken. The bytes go to a temporary file first
 * and are hard-linked into place, which fails rather than replaces when the name exists: no torn and no
 * overwritten file, however many uploads run at once. Stems in takenStems (episodes already in the corpus in
 * another format) are skipped too.
 */
export async function saveUnique(dir: string, name: string, bytes: Uint8Array, takenStems: ReadonlySet<string> = new Set()): Promise<string> {
  const tmpDir = path.join(dir, '.podlens-cache', 'incoming');
  await mkdir(tmpDir, { recursive: true });
  const tmp = path.join(tmpDir, `${randomBytes(8).toString('hex')}.part`);
  await writeFile(tmp, bytes, { flag: 'wx' });
  const ext = path.extname(name);
  const stem = name.slice(0, -ext.length);
  try {
    for (let n = 1; n < 1000; n++) {
      const candidate = n === 1 ? name : `${stem}-${n}${ext}`;
      // Another format of an episode with this stem would be grouped with it; keep uploads apart.
      if (takenStems.has(n === 1 ? stem : `${stem}-${n}`)) continue;
      try {
        await link(tmp, path.join(dir, candidate));
        return candidate;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
    }
    throw new UploadError(`Too many files named like '${name}'.`, 409);
  } finally {
    await unlink(tmp).catch(() => {});
  }
}
