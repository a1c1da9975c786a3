import type { Diagnostic } from '../model.js';

export interface DecodedText {
  text: string;
  /** `utf-8`, `utf-16le`, `utf-16be` or `windows-1252`. */
  encoding: string;
  /** Says how a file that is not plain UTF-8 was read: info where a byte order mark declared it, a warning where it is a guess. */
  diagnostic?: Diagnostic;
}

/** How many bytes the UTF-16 sniffing looks at. */
const SNIFF = 4096;

/** `le`/`be` where bytes without a byte order mark look like UTF-16: a NUL beside most characters, on one side only. */
function looksLikeUtf16(bytes: Uint8Array): 'le' | 'be' | undefined {
  const n = Math.min(bytes.length, SNIFF) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  // Mostly-Latin text in UTF-16 has a NUL as the high byte of nearly every unit; a binary file has them anywhere.
  if (oddNul >= pairs * 0.6 && evenNul <= pairs * 0.05) return 'le';
  if (evenNul >= pairs * 0.6 && oddNul <= pairs * 0.05) return 'be';
  return undefined;
}

// Windows-1252 where it differs from Latin-1 (0x80-0x9f); its five unassigned bytes stay C1 controls, as WHATWG says.
// Written out because Node 20's TextDecoder('windows-1252') decodes plain Latin-1 (nodejs/node#56542).
const CP1252 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    units[i] = b >= 0x80 && b < 0xa0 ? CP1252.charCodeAt(b - 0x80) : b;
  }
  let text = '';
  for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode(...units.subarray(i, i + 8192));
  return text;
}

const note = (severity: Diagnostic['severity'], message: string): Diagnostic => ({
  severity,
  origin: 'parser:encoding',
  message,
});

/**
 * A file's bytes as text: UTF-8 (with or without BOM); UTF-16 by its byte order mark, or without one where the
 * NUL bytes say so; else, where the bytes are not valid UTF-8, Windows-1252 (a superset of Latin-1), with a warning
 * that it is a guess. A binary file stays binary (its NULs reach the parser, which refuses it).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return {
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: 'utf-16le',
      diagnostic: note('info', 'read as UTF-16LE, as its byte order mark says'),
    };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return {
      text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
      encoding: 'utf-16be',
      diagnostic: note('info', 'read as UTF-16BE, as its byte order mark says'),
    };
  const utf16 = looksLikeUtf16(bytes);
  if (utf16)
    return {
      text: new TextDecoder(`utf-16${utf16}`).decode(bytes),
      encoding: `utf-16${utf16}`,
      diagnostic: note(
        'warning',
        `the file has no byte order mark but its NUL bytes look like UTF-16${utf16.toUpperCase()}; read as UTF-16${utf16.toUpperCase()} (a guess)`,
      ),
    };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return {
      text: decodeWindows1252(bytes),
      encoding: 'windows-1252',
      diagnostic: note(
        'warning',
        'the file is not valid UTF-8; read as Windows-1252 (Latin-1), a guess: if accented letters look wrong, save the file as UTF-8',
      ),
    };
  }
}
