const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** A zip archive by its first bytes (a .docx is one). */
export function isZip(bytes: Uint8Array): boolean {
  return ZIP.every((b, i) => bytes[i] === b);
}

/**
 * mammoth, loaded on first use (most runs read no Word document, and the CLI should start without it). It is an
 * optional peer dependency, so that an app that reads no Word documents does not install it.
 */
async function loadMammoth(): Promise<typeof import('mammoth')> {
  try {
    return (await import('mammoth')).default;
  } catch (e) {
    throw new Error(
      'reading Word documents (.docx) needs the optional package mammoth: install it beside @podlens/parser (npm i mammoth)',
      { cause: e },
    );
  }
}

/**
 * The text of a Word document, a paragraph a line (empty paragraphs dropped), as Otter, Rev, Descript and Zoom
 * export transcripts; the text readers take it from there. Throws an Error saying why when it is no Word document.
 */
export async function readDocxText(bytes: Uint8Array): Promise<string> {
  if (!isZip(bytes))
    throw new Error('not a Word document (.docx files are zip archives; this one does not start like one)');
  const mammoth = await loadMammoth();
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({
      buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    }));
  } catch (e) {
    throw new Error(
      `not a Word document that can be read: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
      { cause: e },
    );
  }
  return value
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+$/, ''))
    .filter((l) => l.trim() !== '')
    .join('\n');
}
