import { readFile } from 'node:fs/promises';
import type { Diagnostic, ParseResult } from '../model.js';
import { parse, type ParseOptions } from '../parse.js';
import { decodeText } from './decode-text.js';

export interface FileParseResult extends ParseResult {
  source: string;
}

/** Reads and parses one transcript file; throws UnknownFormatError (named after the file) when it is in no format. */
export async function readTranscriptFile(path: string, options: Omit<ParseOptions, 'fileName'> = {}): Promise<FileParseResult> {
  const bytes = await readFile(path);
  const { text, encoding } = decodeText(bytes);
  const result = parse(text, { ...options, fileName: path });
  const diagnostics: Diagnostic[] = [...result.diagnostics];
  if (encoding !== 'utf-8')
    diagnostics.unshift({ severity: 'warning', origin: 'parser:encoding', message: `the file is not valid UTF-8; read as ${encoding}` });
  return { ...result, diagnostics, source: path };
}
