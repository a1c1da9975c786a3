import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Diagnostic, ParseResult } from '../model.js';
import { parse, type ParseOptions } from '../parse.js';
import { decodeText } from './decode-text.js';

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

/** Reads and parses one transcript file; throws UnknownFormatError (named after the file) when it is in no format. */
export async function readTranscriptFile(path: string, options: Omit<ParseOptions, 'fileName'> = {}): Promise<FileParseResult> {
  const { text, diagnostic } = decodeText(await readRegularFile(path));
  const result = parse(text, { ...options, fileName: path });
  const diagnostics: Diagnostic[] = diagnostic ? [diagnostic, ...result.diagnostics] : [...result.diagnostics];
  return { ...result, diagnostics, source: path };
}
