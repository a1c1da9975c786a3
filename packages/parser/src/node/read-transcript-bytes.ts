import { extname } from 'node:path';
import type { Diagnostic } from '../model.js';
import { formatNames } from '../formats/index.js';
import { UnknownFormatError } from '../parse-error.js';
import { decodeText } from './decode-text.js';
import { isZip, readDocxText } from './read-docx-text.js';

export interface TranscriptText {
  text: string;
  /** How the bytes were read, where it is worth saying (a guessed encoding; a Word document's paragraphs as lines). */
  diagnostic?: Diagnostic;
  /** The bytes were a Word document (binary: no text checks apply to them). */
  wordDocument: boolean;
}

/** A Word document: a `.docx` name, or a zip archive by its first bytes. */
export function isWordDocument(bytes: Uint8Array, fileName?: string): boolean {
  return (fileName !== undefined && extname(fileName).toLowerCase() === '.docx') || isZip(bytes);
}

/**
 * The text of a transcript file's bytes, as readTranscriptFile reads them: a Word document's paragraphs a line
 * (refused with an UnknownFormatError saying why when it is no readable Word document, or holds no text), else
 * decodeText (UTF-8, UTF-16, a legacy 8-bit encoding with a warning).
 */
export async function readTranscriptBytes(bytes: Uint8Array, fileName?: string): Promise<TranscriptText> {
  if (!isWordDocument(bytes, fileName)) {
    const { text, diagnostic } = decodeText(bytes);
    return diagnostic ? { text, diagnostic, wordDocument: false } : { text, wordDocument: false };
  }
  let text: string;
  try {
    text = await readDocxText(bytes);
  } catch (e) {
    throw refusedByEvery((e as Error).message, fileName);
  }
  if (text.trim() === '') throw refusedByEvery('a Word document with no text', fileName);
  return {
    text,
    wordDocument: true,
    diagnostic: {
      severity: 'info',
      origin: 'parser:docx',
      message: 'read from a Word document: its paragraphs as lines (line numbers count paragraphs)',
    },
  };
}

/** Every format declines the bytes for one reason, which the message gives once. */
function refusedByEvery(reason: string, fileName?: string): UnknownFormatError {
  return new UnknownFormatError(
    formatNames.map((format) => ({ format, reason })),
    fileName,
    { summary: reason, tried: [] },
  );
}
