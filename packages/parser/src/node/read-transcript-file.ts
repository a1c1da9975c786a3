import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Diagnostic, ParseResult } from '../model.js';
import { readers } from '../formats/index.js';
import { parse, type ParseOptions } from '../parse.js';
import { UnknownFormatError } from '../parse-error.js';
import { readTranscriptBytes } from './read-transcript-bytes.js';

export interface FileParseResult extends ParseResult {
  source: string;
}

/** The bytes of a regular file; a FIFO or a device is refused rather than read (it could block or never end). */
async function readRegularFile(path: string): Promise<Uint8Array> {
  // O_NONBLOCK: opening a FIFO that no one writes to would otherwise wait for ever, before the check below.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!(await handle.stat()).isFile()) throw new Error('not a regular file (a FIFO or a device?), not read');
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/**
 * Reads and parses one transcript file; throws UnknownFormatError (named after the file) when it is in no format.
 * A Word document (`.docx`, or a zip archive by its first bytes) is read as its text, a paragraph a line.
 */
export async function readTranscriptFile(
  path: string,
  options: Omit<ParseOptions, 'fileName'> = {},
): Promise<FileParseResult> {
  const { text, diagnostic, wordDocument } = await readTranscriptBytes(await readRegularFile(path), path);
  let result: ParseResult;
  try {
    result = parse(text, { ...options, fileName: path });
  } catch (e) {
    if (!wordDocument || !(e instanceof UnknownFormatError)) throw e;
    // Say what the file is, and list only the readers its text was offered to.
    const paragraphs = text.split('\n').length;
    const first = text.slice(0, 40).split('\n')[0]!;
    throw new UnknownFormatError(e.refusals, path, {
      summary: `a Word document of ${paragraphs} paragraph${paragraphs > 1 ? 's' : ''} (the first: '${first}') in no transcript layout`,
      tried: readers.filter((r) => r.syntax === 'text' && r.provides === 'transcript').map((r) => r.name),
    });
  }
  const note: Diagnostic[] = diagnostic
    ? [
        wordDocument
          ? {
              ...diagnostic,
              message: `read from a Word document as ${result.episode.format}: its paragraphs as lines (line numbers count paragraphs)`,
            }
          : diagnostic,
      ]
    : [];
  return { ...result, diagnostics: [...note, ...result.diagnostics], source: path };
}
