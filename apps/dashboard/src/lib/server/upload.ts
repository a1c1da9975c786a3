import { link, mkdir, readdir, stat, unlink, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { decodeText, isWordDocument } from '@podlens/parser/node';
import { DOC_FILE, TRANSCRIPT_EXTENSIONS } from './store.js';
import { UploadError } from './upload-error.js';
import { overLimit } from './read-body.js';

export { UploadError };

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/**
 * The longest file name accepted, in UTF-8 bytes: file systems hold 255, and a name that is taken gets `-2` ...
 * `-999` before its extension.
 */
export const MAX_NAME_BYTES = 200;
/**
 * Invisible characters that make a name read as another (bidi controls such as U+202E, which shows
 * `evil\u202Etxt.vtt` as `evilvtt.txt`; zero-width spaces and joiners; the BOM; other format characters): refused,
 * not silently removed, so the name on disk is the name the user sees.
 */
const INVISIBLE = /[\p{Cf}\u115f\u1160\u3164\uffa0]/u;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The one check of an uploaded file's name: a plain file name with a transcript extension, at most
 * MAX_NAME_BYTES in UTF-8, no invisible characters, nothing that walks out of the folder, and nothing the
 * library would not list (dotfiles, a folder's readme/license/changelog/contributing). Returns it in NFC.
 */
export function checkFileName(raw: string): string {
  const name = raw.normalize('NFC').trim();
  if (!name) throw new UploadError('The file has no name.');
  const bytes = Buffer.byteLength(name, 'utf8');
  if (bytes > MAX_NAME_BYTES) {
    throw new UploadError(
      `The file name is ${bytes} bytes in UTF-8; the limit is ${MAX_NAME_BYTES} bytes (about ${MAX_NAME_BYTES / 2} accented or ${Math.floor(MAX_NAME_BYTES / 3)} CJK characters).`,
    );
  }
  if (/[/\\]/.test(name) || name.includes('..')) {
    throw new UploadError(`'${name}' is not a plain file name (no folders or '..').`);
  }
  if (/[\u0000-\u001f\u007f-\u009f<>:"|?*]/.test(name))
    throw new UploadError(`'${name}' has characters that file names cannot hold.`);
  const hidden = [...name].filter((c) => INVISIBLE.test(c));
  if (hidden.length > 0) {
    throw new UploadError(
      `The file name holds invisible characters (${[...new Set(hidden)].map(codePoint).join(', ')}) that can make it read as another name; remove them.`,
    );
  }
  if (name.startsWith('.') || name.startsWith('-')) throw new UploadError(`'${name}' may not start with '.' or '-'.`);
  if (/[. ]$/.test(name)) throw new UploadError(`'${name}' may not end with a dot or a space.`);
  const ext = path.extname(name).toLowerCase();
  if (!TRANSCRIPT_EXTENSIONS.includes(ext)) {
    throw new UploadError(`'${name}' does not end in a transcript extension (${TRANSCRIPT_EXTENSIONS.join(', ')}).`);
  }
  if (DOC_FILE.test(name)) {
    throw new UploadError(
      `'${name}' is the name of a folder's documentation (readme, license, changelog, contributing), which the library does not list as an episode; rename the file.`,
    );
  }
  const stem = name.slice(0, -ext.length).split('.')[0] ?? '';
  if (RESERVED.test(stem)) throw new UploadError(`'${name}' uses a name reserved by Windows (${stem}).`);
  return name;
}

/**
 * Checks the bytes: not empty, within the limit, text. Decoded as the library reads files (decodeText of
 * @podlens/parser/node: UTF-8, UTF-16 by its BOM, a legacy 8-bit encoding with a warning). Returns the text;
 * a Word document (binary by nature) gets only the size checks, and its text is read by the parse that follows.
 */
export function checkContent(
  bytes: Uint8Array,
  limit: number,
  fileName?: string,
): { text: string; encoding: string } | undefined {
  if (bytes.byteLength > limit) throw overLimit(limit, bytes.byteLength);
  if (bytes.byteLength === 0) throw new UploadError('The file is empty.');
  if (isWordDocument(bytes, fileName)) return undefined;
  const decoded = decodeText(bytes);
  if (decoded.text.includes('\0')) {
    throw new UploadError('The file is binary (it holds NUL bytes), not a text transcript.');
  }
  if (!decoded.text.trim()) throw new UploadError('The file holds only whitespace.');
  return decoded;
}

const stemOf = (file: string) => {
  const ext = path.extname(file);
  return ext ? file.slice(0, -ext.length) : file;
};

const saving = new Map<string, Promise<unknown>>();

/** Runs fn alone among the saves into dir (one server process owns a corpus). */
function serial<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const run = (saving.get(dir) ?? Promise.resolve()).catch(() => undefined).then(fn);
  const tail = run.catch(() => undefined);
  saving.set(dir, tail);
  void tail.then(() => saving.get(dir) === tail && saving.delete(dir));
  return run;
}

/** Writes bytes to a new temporary file in folder (created where missing); returns its path. */
async function writeTemporary(folder: string, bytes: Uint8Array, prefix = ''): Promise<string> {
  await mkdir(folder, { recursive: true });
  const tmp = path.join(folder, `${prefix}${randomBytes(8).toString('hex')}.part`);
  await writeFile(tmp, bytes, { flag: 'wx' });
  return tmp;
}

const sameDevice = async (a: string, b: string) => {
  const [x, y] = await Promise.all([stat(a), stat(b)]);
  return x.dev === y.dev;
};

/**
 * Writes the file into dir under name, or name-2, name-3... so that its stem (the episode id) is one no other
 * file has: the library groups files by stem as formats of one episode, so `t.vtt` and `t.srt` uploaded together
 * become `t.vtt` and `t-2.srt`, two episodes. Stems in takenStems (episodes anywhere in the corpus) and of the
 * files in dir now are skipped; saves into one folder run one at a time. The bytes go to a temporary file first
 * and are hard-linked into place, which fails rather than replaces when the name exists: no torn and no
 * overwritten file. The temporary file is written in `incoming` (the data folder's, see the upload route).
 */
export async function saveUnique(
  dir: string,
  name: string,
  bytes: Uint8Array,
  takenStems: ReadonlySet<string> = new Set(),
  incoming: string = path.join(dir, '.podlens', 'incoming'),
): Promise<string> {
  let tmp = await writeTemporary(incoming, bytes);
  // A data folder on another file system cannot be linked from: the temporary file goes beside the target
  // instead, hidden (dot files are not transcripts to the library), and is linked from there.
  if (!(await sameDevice(incoming, dir))) {
    await unlink(tmp).catch(() => {});
    tmp = await writeTemporary(dir, bytes, '.podlens-incoming-');
  }
  const ext = path.extname(name);
  const stem = name.slice(0, -ext.length);
  try {
    return await serial(dir, async () => {
      const here = new Set((await readdir(dir)).map(stemOf));
      for (let n = 1; n < 1000; n++) {
        const candidateStem = n === 1 ? stem : `${stem}-${n}`;
        if (takenStems.has(candidateStem) || here.has(candidateStem)) continue;
        try {
          await link(tmp, path.join(dir, `${candidateStem}${ext}`));
          return `${candidateStem}${ext}`;
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        }
      }
      throw new UploadError(`Too many files named like '${name}'.`, 409);
    });
  } finally {
    await unlink(tmp).catch(() => {});
  }
}
